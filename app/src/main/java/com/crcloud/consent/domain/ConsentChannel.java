package com.crcloud.consent.domain;

/** How the customer's declaration reached the tenant. */
public enum ConsentChannel {
    PAPER_FORM,
    ONLINE,
    PHONE,
    IN_BRANCH
}
