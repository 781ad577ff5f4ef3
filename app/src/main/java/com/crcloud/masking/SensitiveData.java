package com.crcloud.masking;

/** Personal data shown masked to everyone, and in plain only through a deliberate, audited reveal. */
public enum SensitiveData {
    NATIONAL_ID,
    PHONE,
    /** A document's content: "revealing" it is downloading it. */
    DOCUMENT_CONTENT
}
