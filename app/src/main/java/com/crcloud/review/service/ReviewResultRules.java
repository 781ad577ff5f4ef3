package com.crcloud.review.service;

import com.crcloud.flow.domain.CaseFacts;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.RuleAction;
import com.crcloud.flow.domain.StageSlas;
import com.crcloud.review.domain.CaseStage;

import java.time.Duration;
import java.time.Instant;

/** What a case's flow says about the case's own life: when a stage is due and when an approval needs four eyes. */
public final class ReviewResultRules {

    private ReviewResultRules() {
    }

    /** An approval needs a second person when a four-eyes rule holds, and always without a risk class. */
    public static boolean needsFourEyes(FlowDefinition flow, CaseFacts facts) {
        return facts.riskClass() == null || !flow.matching(RuleAction.REQUIRE_FOUR_EYES, facts).isEmpty();
    }

    /** A stage is due its SLA hours after the case entered it; closed stages are due at once (nothing is open). */
    public static Instant dueAt(FlowDefinition flow, CaseStage stage, Instant enteredAt) {
        StageSlas slas = flow.slaHours();
        int hours = switch (stage) {
            case COLLECTING -> slas.collecting();
            case VERIFYING -> slas.verifying();
            case ASSESSING -> slas.assessing();
            case AWAITING_APPROVAL -> slas.approval();
            case MORE_INFO_REQUESTED -> slas.moreInfo();
            case APPROVED, REJECTED -> 0;
        };
        return enteredAt.plus(Duration.ofHours(hours));
    }
}
