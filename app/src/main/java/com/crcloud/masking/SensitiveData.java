package com.crcloud.masking;

/**
 * Personal data shown masked to everyone, and in plain only through a deliberate, audited reveal. A document's
 * content follows the same {@link MaskingPolicy}: downloading it is its reveal.
 */
public enum SensitiveData {
    NATIONAL_ID,
    PHONE
}
