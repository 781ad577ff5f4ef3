package com.crcloud.demo;

import com.crcloud.customer.domain.Customer;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.CaseProposal;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.security.SystemActor;
import com.crcloud.tenant.user.Role;
import com.crcloud.tenant.support.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Demo review cases in every stage, made through the review service as the system actors {@value #MAKER} (the
 * reviewer's work) and {@value #CHECKER} (the second person), then handed to the demo reviewer so the queues
 * are populated: a few to collect, verify and assess, proposals awaiting the demo approver, and decided cases
 * with letters and next review dates.
 */
@Component
class DemoReviewCases {

    static final String MAKER = "demo-data";
    static final String CHECKER = "demo-approver";
    private static final Logger log = LoggerFactory.getLogger(DemoReviewCases.class);
    private static final String JUSTIFICATION = "Demo: reviewer judgement after reading the bureau report and payslips.";

    /** Stages in the order the demo customers are given them, and how many of each. */
    private static final List<CaseStage> PLAN = List.of(
            CaseStage.COLLECTING, CaseStage.COLLECTING, CaseStage.COLLECTING, CaseStage.COLLECTING,
            CaseStage.VERIFYING, CaseStage.VERIFYING, CaseStage.VERIFYING,
            CaseStage.ASSESSING, CaseStage.ASSESSING, CaseStage.ASSESSING, CaseStage.ASSESSING,
            CaseStage.AWAITING_APPROVAL, CaseStage.AWAITING_APPROVAL, CaseStage.AWAITING_APPROVAL, CaseStage.AWAITING_APPROVAL,
            CaseStage.APPROVED, CaseStage.APPROVED, CaseStage.APPROVED, CaseStage.APPROVED, CaseStage.APPROVED,
            CaseStage.REJECTED, CaseStage.REJECTED,
            CaseStage.MORE_INFO_REQUESTED, CaseStage.MORE_INFO_REQUESTED);

    private final ReviewCaseService cases;

    DemoReviewCases(ReviewCaseService cases) {
        this.cases = cases;
    }

    /**
     * Opens one case per planned stage on the first reviewable customers.
     *
     * @return for each case taken through verification and assessment, how long the two automated stages took
     *         end to end (plugin calls and storing their results), in milliseconds
     */
    List<Long> create(String tenant, List<Customer> customers, Locale locale) {
        List<Long> automatedMillis = new ArrayList<>();
        List<Customer> reviewable = customers.stream()
                .filter(customer -> customer.getDateOfBirth() != null && customer.getNationalIdNumber() != null
                        && customer.getMonthlyIncome() != null)
                .limit(PLAN.size()).toList();
        for (int i = 0; i < reviewable.size(); i++) {
            CaseStage target = PLAN.get(i);
            Customer customer = reviewable.get(i);
            try {
                if (i < 2) {
                    // Opened by someone without the reviewer role, so nobody is assigned: the unassigned queue.
                    SystemActor.call(tenant, MAKER, EnumSet.of(Role.TENANT_ADMIN), () -> cases.open(customer.getId(), CaseTrigger.INITIAL));
                    continue;
                }
                ReviewCase reviewCase = as(tenant, () -> advance(customer, target, locale, automatedMillis));
                handToReviewer(tenant, reviewCase);
            } catch (UserFacingException e) {
                log.warn("Demo case for {} stopped early: {}", customer.getFullName(), e.getMessage());
            }
        }
        return automatedMillis;
    }

    private ReviewCase advance(Customer customer, CaseStage target, Locale locale, List<Long> automatedMillis) {
        ReviewCase reviewCase = cases.open(customer.getId(), CaseTrigger.INITIAL);
        if (target == CaseStage.COLLECTING) {
            return reviewCase;
        }
        long started = System.nanoTime();
        reviewCase = cases.startVerification(reviewCase.getId(), reviewCase.getVersion(), locale);
        if (target == CaseStage.VERIFYING) {
            return reviewCase;
        }
        reviewCase = cases.startAssessment(reviewCase.getId(), reviewCase.getVersion(), locale);
        automatedMillis.add((System.nanoTime() - started) / 1_000_000);
        return switch (target) {
            case ASSESSING -> reviewCase;
            case AWAITING_APPROVAL -> {
                ReviewCase high = cases.override(reviewCase.getId(), reviewCase.getVersion(), RiskClass.HIGH, null, JUSTIFICATION);
                yield cases.decide(high.getId(), high.getVersion(),
                        new CaseProposal(DecisionOutcome.APPROVED, List.of(DecisionReason.MEETS_POLICY), null), locale);
            }
            case APPROVED -> approve(reviewCase, locale);
            case REJECTED -> cases.decide(reviewCase.getId(), reviewCase.getVersion(),
                    new CaseProposal(DecisionOutcome.REJECTED, List.of(DecisionReason.AFFORDABILITY), null), locale);
            case MORE_INFO_REQUESTED -> cases.decide(reviewCase.getId(), reviewCase.getVersion(),
                    new CaseProposal(DecisionOutcome.MORE_INFO_REQUESTED, List.of(DecisionReason.PROOF_OF_INCOME_NEEDED), null), locale);
            default -> throw new IllegalStateException("Not a demo stage: " + target);
        };
    }

    /** Approves; a proposal that needs four eyes is confirmed by the second system actor. */
    private ReviewCase approve(ReviewCase assessed, Locale locale) {
        CaseProposal approval = new CaseProposal(DecisionOutcome.APPROVED, List.of(DecisionReason.MEETS_POLICY), null);
        ReviewCase proposed = cases.decide(assessed.getId(), assessed.getVersion(), approval, locale);
        if (proposed.getStage() != CaseStage.AWAITING_APPROVAL) {
            return proposed;
        }
        String tenant = proposed.getTenantId();
        return SystemActor.call(tenant, CHECKER, EnumSet.of(Role.APPROVER),
                () -> cases.approve(proposed.getId(), proposed.getVersion(), approval, locale));
    }

    /** Open cases the maker worked on go to the demo reviewer; proposals stay with their maker for four eyes. */
    private void handToReviewer(String tenant, ReviewCase reviewCase) {
        if (reviewCase.getStage().isClosed() || reviewCase.getStage() == CaseStage.AWAITING_APPROVAL) {
            return;
        }
        SystemActor.run(tenant, CHECKER, EnumSet.of(Role.APPROVER), () -> cases.assign(reviewCase.getId(), reviewCase.getVersion(),
                DemoDataLoader.username(Role.REVIEWER), "demo set-up"));
    }

    private static <T> T as(String tenant, Supplier<T> work) {
        return SystemActor.call(tenant, MAKER, EnumSet.of(Role.REVIEWER), work);
    }
}
