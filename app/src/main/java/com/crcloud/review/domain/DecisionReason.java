package com.crcloud.review.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The reason codes a decision may give, each belonging to one outcome; shown translated, stored as codes. The
 * flow's own reasons are given only by the review flow when its rules or step results decide a case.
 */
public enum DecisionReason {
    MEETS_POLICY(DecisionOutcome.APPROVED),
    VERIFIED_INCOME(DecisionOutcome.APPROVED),
    GOOD_CREDIT_HISTORY(DecisionOutcome.APPROVED),
    AFFORDABILITY(DecisionOutcome.REJECTED),
    IDENTITY_NOT_VERIFIED(DecisionOutcome.REJECTED),
    SCREENING_MATCH(DecisionOutcome.REJECTED),
    POOR_CREDIT_HISTORY(DecisionOutcome.REJECTED),
    OUTSIDE_RISK_APPETITE(DecisionOutcome.REJECTED),
    PROOF_OF_INCOME_NEEDED(DecisionOutcome.MORE_INFO_REQUESTED),
    IDENTITY_DOCUMENT_NEEDED(DecisionOutcome.MORE_INFO_REQUESTED),
    ADDRESS_PROOF_NEEDED(DecisionOutcome.MORE_INFO_REQUESTED),
    FLOW_RULE_APPROVED(DecisionOutcome.APPROVED, true),
    FLOW_RULE_REJECTED(DecisionOutcome.REJECTED, true),
    FLOW_STEP_REJECTED(DecisionOutcome.REJECTED, true),
    FLOW_STEP_MORE_INFO(DecisionOutcome.MORE_INFO_REQUESTED, true);

    private final DecisionOutcome outcome;
    private final boolean byFlow;

    DecisionReason(DecisionOutcome outcome) {
        this(outcome, false);
    }

    DecisionReason(DecisionOutcome outcome, boolean byFlow) {
        this.outcome = outcome;
        this.byFlow = byFlow;
    }

    /** Given only by the review flow, never by a person. */
    public boolean byFlow() {
        return byFlow;
    }

    public DecisionOutcome outcome() {
        return outcome;
    }

    /** The reasons a person may give for the outcome. */
    public static List<DecisionReason> forOutcome(DecisionOutcome outcome) {
        return Arrays.stream(values()).filter(reason -> reason.outcome == outcome && !reason.byFlow).toList();
    }
}
