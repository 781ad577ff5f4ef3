package com.crcloud.flow.domain;

/** What a step's WARN, FAIL or ERROR leads to; declared from the mildest to the strongest. */
public enum StepConsequence {
    /** Nothing: the case goes on, rules may still decide it automatically. */
    CONTINUE,
    /** The case goes on but a person must decide it: no automatic decision. */
    MANUAL_REVIEW,
    /** The case waits for the customer to provide more information. */
    REQUEST_INFORMATION,
    /** The case is rejected at once by the flow. */
    REJECT
}
