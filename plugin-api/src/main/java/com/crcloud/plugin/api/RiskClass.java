package com.crcloud.plugin.api;

/** The risk class a customer is reviewed under; drives re-review intervals and four-eyes rules. */
public enum RiskClass {
    LOW,
    MEDIUM,
    HIGH
}
