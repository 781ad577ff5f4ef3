package com.crcloud.customer.domain;

/** The customer's current employment situation. */
public enum EmploymentStatus {
    EMPLOYED,
    SELF_EMPLOYED,
    UNEMPLOYED,
    RETIRED,
    STUDENT
}
