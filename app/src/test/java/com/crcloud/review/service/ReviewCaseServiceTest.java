package com.crcloud.review.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.CustomerMessage;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.IllegalStageChangeException;
import com.crcloud.review.domain.MessageChannel;
import com.crcloud.review.domain.MessageStatus;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.domain.ReviewCaseComment;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCases;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.domain.TenantRepository;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.tenant.user.TenantUserService;
import com.crcloud.demo.DemoDataLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("persistence")
class ReviewCaseServiceTest extends IntegrationTest {

    private static final String JUSTIFICATION = TestCases.JUSTIFICATION;

    @Autowired
    ReviewCaseService cases;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerNotifier notifier;
    @Autowired
    TenantUserService users;
    @Autowired
    TenantRepository tenants;

    @Test
    void a_reviewer_takes_a_case_through_every_stage_and_an_approver_approves_it() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Full Journey", "20000.00"), null);
        ReviewCase reviewCase = cases.open(customer.getId(), CaseTrigger.INITIAL);
        assertThat(reviewCase.getStage()).isEqualTo(CaseStage.COLLECTING);
        assertThat(reviewCase.getAssignee()).isEqualTo("reviewer");

        reviewCase = cases.startVerification(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
        assertThat(reviewCase.getStage()).isEqualTo(CaseStage.VERIFYING);
        reviewCase = cases.startAssessment(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
        assertThat(reviewCase.getStage()).isEqualTo(CaseStage.ASSESSING);
        assertThat(reviewCase.getModelRiskClass()).as("the segmentation plugin's class").isNotNull();
        assertThat(reviewCase.getModelScore()).as("the risk model's score").isNotNull();
        assertThat(reviewCase.getModelProbabilityOfDefault()).isBetween(0.0, 1.0);
        assertThat(reviewCase.getAssessmentMillis()).isNotNull();
        List<RecordedStep> steps = cases.steps(reviewCase.getId());
        assertThat(steps).extracting(RecordedStep::stage).contains(CaseStage.VERIFYING, CaseStage.ASSESSING);
        assertThat(steps).filteredOn(step -> step.stage() == CaseStage.ASSESSING)
                .anySatisfy(step -> assertThat(step.result().factors()).isNotEmpty());

        reviewCase = cases.override(reviewCase.getId(), reviewCase.getVersion(), RiskClass.HIGH, null, JUSTIFICATION);
        reviewCase = cases.decide(reviewCase.getId(), reviewCase.getVersion(),
                new CaseProposal(DecisionOutcome.APPROVED, List.of(DecisionReason.MEETS_POLICY), "fine"), Locale.ENGLISH);
        assertThat(reviewCase.getStage()).as("HIGH risk approvals need four eyes").isEqualTo(CaseStage.AWAITING_APPROVAL);
        assertThat(reviewCase.getOutcome()).isNull();

        actAs(LENDER, "approver");
        ReviewCase decided = cases.approve(reviewCase.getId(), reviewCase.getVersion(),
                new CaseProposal(DecisionOutcome.APPROVED, List.of(DecisionReason.MEETS_POLICY, DecisionReason.VERIFIED_INCOME), null),
                Locale.ENGLISH);

        assertThat(decided.getStage()).isEqualTo(CaseStage.APPROVED);
        assertThat(decided.getDecidedBy()).isEqualTo("approver");
        assertThat(decided.getProposedBy()).isEqualTo("reviewer");
        assertThat(decided.getModelRiskClass()).as("the model's value is kept next to the override").isNotNull();
        assertThat(decided.effectiveRiskClass()).isEqualTo(RiskClass.HIGH);
        assertThat(decided.getCreditLimit()).isEqualByComparingTo("20000.00");
        assertThat(decided.getPricingBand()).isEqualTo("C");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        assertThat(decided.getNextReviewDate()).isEqualTo(today.plusMonths(6));
        Customer after = customers.find(customer.getId()).orElseThrow();
        assertThat(after.getRiskClass()).isEqualTo(RiskClass.HIGH);
        assertThat(after.getNextReviewDate()).isEqualTo(today.plusMonths(6));

        List<CustomerMessage> sent = notifier.messagesOfCase(decided.getId());
        assertThat(sent).extracting(CustomerMessage::getChannel)
                .containsExactlyInAnyOrder(MessageChannel.IN_APP, MessageChannel.EMAIL, MessageChannel.LETTER);
        CustomerMessage letter = sent.stream().filter(message -> message.getChannel() == MessageChannel.LETTER).findFirst().orElseThrow();
        assertThat(letter.getStatus()).isEqualTo(MessageStatus.SENT);
        byte[] pdf = notifier.attachment(letter.getId());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(letter.getAttachmentSha256()).hasSize(64);
    }

    @Test
    void a_low_risk_approval_within_the_limit_takes_effect_without_a_second_person() {
        actAs(LENDER, "reviewer");
        ReviewCase reviewCase = assessed(customers.save(TestCustomers.reviewable("Low Risk Small", "5000.00"), null));
        reviewCase = cases.override(reviewCase.getId(), reviewCase.getVersion(), RiskClass.LOW, 720, JUSTIFICATION);

        ReviewCase decided = cases.decide(reviewCase.getId(), reviewCase.getVersion(),
                new CaseProposal(DecisionOutcome.APPROVED, List.of(DecisionReason.MEETS_POLICY), null), Locale.ENGLISH);

        assertThat(decided.getStage()).isEqualTo(CaseStage.APPROVED);
        assertThat(decided.getDecidedBy()).isEqualTo("reviewer");
        assertThat(decided.getCreditLimit()).isEqualByComparingTo("30000.00");
        assertThat(decided.effectiveScore()).isEqualTo(720);
    }

    @Test
    void the_maker_can_never_approve_their_own_case_even_with_the_approver_role() {
        String both = "maker-" + UUID.randomUUID().toString().substring(0, 8);
        actAs(LENDER, "tenant-admin");
        users.createUser(both, "Maker And Approver", null, DemoDataLoader.PASSWORD, EnumSet.of(Role.REVIEWER, Role.APPROVER));
        actAs(LENDER, both);
        ReviewCase proposed = new TestCases(cases).proposedHighRiskApproval(customers.save(TestCustomers.reviewable("Own Case", "20000.00"), null));

        assertThatThrownBy(() -> cases.approve(proposed.getId(), proposed.getVersion(),
                new CaseProposal(DecisionOutcome.APPROVED, List.of(DecisionReason.MEETS_POLICY), null), Locale.ENGLISH))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("case.error.ownCase"));
        assertThat(cases.find(proposed.getId()).orElseThrow().getStage()).isEqualTo(CaseStage.AWAITING_APPROVAL);
    }

    @Test
    void a_reviewer_without_the_approver_role_cannot_take_the_second_decision() {
        actAs(LENDER, "reviewer");
        ReviewCase proposed = new TestCases(cases).proposedHighRiskApproval(
                customers.save(TestCustomers.reviewable("Not An Approver", "20000.00"), null));

        assertThatThrownBy(() -> cases.approve(proposed.getId(), proposed.getVersion(),
                new CaseProposal(DecisionOutcome.APPROVED, List.of(DecisionReason.MEETS_POLICY), null), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_override_needs_a_written_justification_and_leaves_the_case_unchanged_without_one() {
        actAs(LENDER, "reviewer");
        ReviewCase reviewCase = assessed(customers.save(TestCustomers.reviewable("No Justification", "9000.00"), null));

        assertThatThrownBy(() -> cases.override(reviewCase.getId(), reviewCase.getVersion(), RiskClass.LOW, null, "because"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.justificationRequired"));
        ReviewCase after = cases.find(reviewCase.getId()).orElseThrow();
        assertThat(after.getOverrideRiskClass()).isNull();
        assertThat(after.getVersion()).isEqualTo(reviewCase.getVersion());
    }

    @Test
    void a_decision_with_a_reason_code_of_another_outcome_is_refused() {
        actAs(LENDER, "reviewer");
        ReviewCase reviewCase = assessed(customers.save(TestCustomers.reviewable("Mixed Reasons", "9000.00"), null));

        assertThatThrownBy(() -> cases.decide(reviewCase.getId(), reviewCase.getVersion(),
                new CaseProposal(DecisionOutcome.REJECTED, List.of(DecisionReason.MEETS_POLICY), null), Locale.ENGLISH))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("case.error.reasonNotForOutcome"));
    }

    @Test
    void approving_straight_from_collecting_is_impossible() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Skip Ahead", "9000.00"), null);
        ReviewCase reviewCase = cases.open(customer.getId(), CaseTrigger.INITIAL);

        assertThatThrownBy(() -> cases.decide(reviewCase.getId(), reviewCase.getVersion(),
                new CaseProposal(DecisionOutcome.APPROVED, List.of(DecisionReason.MEETS_POLICY), null), Locale.ENGLISH))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> cases.startAssessment(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH))
                .isInstanceOf(IllegalStageChangeException.class);
        assertThat(cases.find(reviewCase.getId()).orElseThrow().getStage()).isEqualTo(CaseStage.COLLECTING);
    }

    @Test
    void a_command_on_a_version_someone_else_already_changed_is_refused() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Stale Screen", "9000.00"), null);
        ReviewCase seen = cases.open(customer.getId(), CaseTrigger.INITIAL);
        actAs(LENDER, "tenant-admin");
        cases.claim(seen.getId(), seen.getVersion());

        actAs(LENDER, "reviewer");
        assertThatThrownBy(() -> cases.startVerification(seen.getId(), seen.getVersion(), Locale.ENGLISH))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void a_customer_has_at_most_one_open_case() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("One Open Case", "9000.00"), null);
        ReviewCase first = cases.open(customer.getId(), CaseTrigger.INITIAL);

        assertThatThrownBy(() -> cases.open(customer.getId(), CaseTrigger.INITIAL))
                .isInstanceOfSatisfying(CaseAlreadyOpenException.class, e -> assertThat(e.openCaseId()).isEqualTo(first.getId()));
    }

    @Test
    void verification_is_refused_until_the_customer_record_is_complete() {
        actAs(LENDER, "reviewer");
        Customer incomplete = TestCustomers.reviewable("Incomplete Record", "9000.00");
        incomplete.setMonthlyIncome(null);
        Customer customer = customers.save(incomplete, null);
        ReviewCase reviewCase = cases.open(customer.getId(), CaseTrigger.INITIAL);

        assertThatThrownBy(() -> cases.startVerification(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("case.error.incompleteData"));
        assertThat(cases.steps(reviewCase.getId())).isEmpty();
    }

    @Test
    void a_change_of_income_reassesses_the_open_case_and_sends_a_pending_approval_back_to_the_reviewer() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Income Changes", "20000.00"), null);
        ReviewCase reviewCase = assessed(customer);
        reviewCase = cases.override(reviewCase.getId(), reviewCase.getVersion(), RiskClass.HIGH, null, JUSTIFICATION);
        reviewCase = cases.decide(reviewCase.getId(), reviewCase.getVersion(),
                new CaseProposal(DecisionOutcome.APPROVED, List.of(DecisionReason.MEETS_POLICY), null), Locale.ENGLISH);
        assertThat(reviewCase.getStage()).isEqualTo(CaseStage.AWAITING_APPROVAL);

        Customer edited = customers.find(customer.getId()).orElseThrow();
        edited.setMonthlyIncome(new BigDecimal("2500.00"));
        customers.save(edited, "new payslip");

        ReviewCase after = cases.find(reviewCase.getId()).orElseThrow();
        assertThat(after.getStage()).isEqualTo(CaseStage.ASSESSING);
        assertThat(after.getProposedOutcome()).as("the proposal was about the old figures").isNull();
        assertThat(after.getOverrideRiskClass()).isNull();
        assertThat(cases.steps(after.getId())).filteredOn(step -> step.stage() == CaseStage.ASSESSING)
                .extracting(RecordedStep::run).contains(1, 2);
        assertThat(cases.comments(after.getId())).extracting(ReviewCaseComment::getBody)
                .anySatisfy(body -> assertThat(body).contains("finances", "withdrawn"));
    }

    @Test
    void a_change_of_an_unrelated_field_does_not_reassess() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Phone Changes", "20000.00"), null);
        ReviewCase reviewCase = assessed(customer);

        Customer edited = customers.find(customer.getId()).orElseThrow();
        edited.setPhone("13812345678");
        customers.save(edited, null);

        assertThat(cases.find(reviewCase.getId()).orElseThrow().getVersion()).isEqualTo(reviewCase.getVersion());
    }

    @Test
    void a_due_re_review_is_opened_once_by_the_scheduled_job_however_often_it_runs() {
        actAs(LENDER, "reviewer");
        ReviewCase reviewCase = assessed(customers.save(TestCustomers.reviewable("Due Again", "5000.00"), null));
        reviewCase = cases.override(reviewCase.getId(), reviewCase.getVersion(), RiskClass.HIGH, null, JUSTIFICATION);
        ReviewCase decided = cases.decide(reviewCase.getId(), reviewCase.getVersion(),
                new CaseProposal(DecisionOutcome.REJECTED, List.of(DecisionReason.OUTSIDE_RISK_APPETITE), null), Locale.ENGLISH);
        assertThat(decided.getStage()).isEqualTo(CaseStage.REJECTED);
        ReviewCase approvedCase = approvedLowRisk("Due Again Approved");
        UUID customerId = approvedCase.getCustomerId();

        clock.advance(Duration.ofDays(24 * 31 - 40));
        MonitoringJobs.openDueReReviews(tenants, cases);
        assertThat(cases.openCaseOf(customerId)).as("not due yet").isEmpty();

        clock.advance(Duration.ofDays(60));
        MonitoringJobs.openDueReReviews(tenants, cases);
        MonitoringJobs.openDueReReviews(tenants, cases);

        assertThat(cases.casesOf(customerId)).extracting(ReviewCase::getOpenedBecause)
                .containsExactly(CaseTrigger.PERIODIC, CaseTrigger.INITIAL);
        assertThat(cases.openCaseOf(customerId).orElseThrow().getOpenedBy()).isEqualTo(MonitoringJobs.ACTOR);
        assertThat(cases.openCaseOf(decided.getCustomerId())).as("a rejected customer is not re-reviewed").isEmpty();
    }

    @Test
    void another_tenant_cannot_see_or_act_on_a_case() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Private Case", "9000.00"), null);
        ReviewCase reviewCase = cases.open(customer.getId(), CaseTrigger.INITIAL);

        actAs(WEALTH, "reviewer");
        assertThat(cases.find(reviewCase.getId())).isEmpty();
        assertThatThrownBy(() -> cases.claim(reviewCase.getId(), reviewCase.getVersion()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("case.error.notFound"));
    }

    private ReviewCase approvedLowRisk(String name) {
        actAs(LENDER, "reviewer");
        return new TestCases(cases).decidedAs(customers.save(TestCustomers.reviewable(name, "5000.00"), null), RiskClass.LOW,
                DecisionOutcome.APPROVED, DecisionReason.MEETS_POLICY);
    }

    private ReviewCase assessed(Customer customer) {
        return new TestCases(cases).assessed(customer);
    }
}
