package com.crcloud.consent.domain;

/** What the customer declared for a purpose. */
public enum ConsentStatus {
    GIVEN,
    WITHDRAWN
}
