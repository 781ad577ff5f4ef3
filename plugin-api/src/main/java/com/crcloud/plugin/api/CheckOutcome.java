package com.crcloud.plugin.api;

/** What a check concluded. */
public enum CheckOutcome {
    /** Nothing to object to. */
    PASS,
    /** A concern a reviewer should look at; does not fail the review by itself. */
    WARN,
    /** The customer does not meet the check's requirement. */
    FAIL,
    /** The check could not reach a conclusion (missing data it cannot do without, unavailable source). */
    ERROR
}
