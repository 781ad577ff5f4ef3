package com.crcloud.review.domain;

/** What became of a customer message. */
public enum MessageStatus {
    /** Delivered to the channel (inbox written, SMTP server accepted, letter produced). */
    SENT,
    /** The channel refused or failed; the detail says why. */
    FAILED,
    /** Not sent because the tenant has not set the channel up (e.g. no SMTP server) or the customer has no address. */
    NOT_SENT
}
