package com.crcloud.support;

import com.crcloud.customer.domain.Customer;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.CaseProposal;
import com.crcloud.review.service.ReviewCaseService;

import java.util.List;
import java.util.Locale;

/** Drives review cases through their stages the way a reviewer does, for tests that need a case at some stage. */
public final class TestCases {

    public static final String JUSTIFICATION = "Income is seasonal; last year's tax proof shows a lower average.";

    private final ReviewCaseService cases;

    public TestCases(ReviewCaseService cases) {
        this.cases = cases;
    }

    /** Opened, verified and assessed by the signed-in reviewer. */
    public ReviewCase assessed(Customer customer) {
        ReviewCase reviewCase = cases.open(customer.getId(), CaseTrigger.INITIAL);
        reviewCase = cases.startVerification(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
        return cases.startAssessment(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
    }

    /** Assessed, the risk class overridden with a justification, and the reviewer's decision submitted. */
    public ReviewCase decidedAs(Customer customer, RiskClass riskClass, DecisionOutcome outcome, DecisionReason reason) {
        ReviewCase reviewCase = assessed(customer);
        reviewCase = cases.override(reviewCase.getId(), reviewCase.getVersion(), riskClass, null, JUSTIFICATION);
        return cases.decide(reviewCase.getId(), reviewCase.getVersion(), new CaseProposal(outcome, List.of(reason), null),
                Locale.ENGLISH);
    }

    /** A HIGH risk approval proposed by the signed-in reviewer: it waits for a second person. */
    public ReviewCase proposedHighRiskApproval(Customer customer) {
        return decidedAs(customer, RiskClass.HIGH, DecisionOutcome.APPROVED, DecisionReason.MEETS_POLICY);
    }
}
