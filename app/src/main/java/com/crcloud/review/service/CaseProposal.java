package com.crcloud.review.service;

import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;

import java.util.List;

/** A decision as a person puts it: the outcome, the reason codes that justify it and a free-text note. */
public record CaseProposal(DecisionOutcome outcome, List<DecisionReason> reasons, String note) {

    public CaseProposal {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
