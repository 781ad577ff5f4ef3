package com.crcloud.review.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a review case stands. The legal moves between stages are part of the type, so a service can only ask
 * for a move and be refused; there is no way to set a stage directly.
 */
public enum CaseStage {
    /** Identity, finances and credit record are being gathered. */
    COLLECTING,
    /** Identity checks and screening run on the collected data. */
    VERIFYING,
    /** Risk model and segmentation have run; the reviewer judges and proposes a decision. */
    ASSESSING,
    /** The reviewer's proposal needs a second person with the approver role. */
    AWAITING_APPROVAL,
    /** Decided: approved, result applied. */
    APPROVED,
    /** Decided: rejected. */
    REJECTED,
    /** Waiting for the customer; new data re-opens the case. */
    MORE_INFO_REQUESTED;

    private static final Map<CaseStage, Set<CaseStage>> NEXT = Map.of(
            COLLECTING, EnumSet.of(VERIFYING),
            VERIFYING, EnumSet.of(ASSESSING, MORE_INFO_REQUESTED, REJECTED),
            ASSESSING, EnumSet.of(ASSESSING, AWAITING_APPROVAL, APPROVED, REJECTED, MORE_INFO_REQUESTED),
            AWAITING_APPROVAL, EnumSet.of(ASSESSING, APPROVED, REJECTED, MORE_INFO_REQUESTED),
            APPROVED, EnumSet.noneOf(CaseStage.class),
            REJECTED, EnumSet.noneOf(CaseStage.class),
            MORE_INFO_REQUESTED, EnumSet.of(COLLECTING));

    public boolean mayMoveTo(CaseStage next) {
        return NEXT.get(this).contains(next);
    }

    /** Decided cases are closed for good; new findings open a new case. */
    public boolean isClosed() {
        return this == APPROVED || this == REJECTED;
    }
}
