package com.crcloud.review.domain;

import java.util.Arrays;
import java.util.List;

/** The reason codes a decision may give, each belonging to one outcome; shown translated, stored as codes. */
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
    ADDRESS_PROOF_NEEDED(DecisionOutcome.MORE_INFO_REQUESTED);

    private final DecisionOutcome outcome;

    DecisionReason(DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    public DecisionOutcome outcome() {
        return outcome;
    }

    public static List<DecisionReason> forOutcome(DecisionOutcome outcome) {
        return Arrays.stream(values()).filter(reason -> reason.outcome == outcome).toList();
    }
}
