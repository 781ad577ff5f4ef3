package com.crcloud.review.domain;

/** How a review case ends, or pauses for the customer. */
public enum DecisionOutcome {
    /** The customer is accepted; the result (limit, pricing, service plan) applies. */
    APPROVED,
    /** The customer is declined. */
    REJECTED,
    /** The customer must supply more information before a decision. */
    MORE_INFO_REQUESTED;

    public CaseStage stage() {
        return CaseStage.valueOf(name());
    }
}
