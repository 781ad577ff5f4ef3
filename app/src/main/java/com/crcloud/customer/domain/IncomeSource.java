package com.crcloud.customer.domain;

/** Where the customer's declared monthly income mainly comes from. */
public enum IncomeSource {
    SALARY,
    SELF_EMPLOYED,
    PENSION,
    RENTAL,
    INVESTMENT,
    OTHER
}
