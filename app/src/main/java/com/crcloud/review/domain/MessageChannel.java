package com.crcloud.review.domain;

/** How a message reaches a customer. */
public enum MessageChannel {
    /** A notice in the customer's in-app inbox. */
    IN_APP,
    /** An email through the tenant's SMTP server. */
    EMAIL,
    /** A PDF letter, kept byte for byte. */
    LETTER
}
