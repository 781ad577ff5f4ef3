package com.crcloud.customer.domain;

/** A reviewer's judgement of a document: not looked at yet, accepted as genuine and sufficient, or refused. */
public enum VerificationStatus {
    PENDING,
    VERIFIED,
    REJECTED
}
