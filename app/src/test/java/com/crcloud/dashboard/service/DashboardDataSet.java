package com.crcloud.dashboard.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.feedback.domain.Complaint;
import com.crcloud.feedback.domain.ComplaintCategory;
import com.crcloud.feedback.domain.ComplaintChannel;
import com.crcloud.feedback.domain.ComplaintRepository;
import com.crcloud.feedback.domain.CustomerSurvey;
import com.crcloud.feedback.domain.CustomerSurveyMetric;
import com.crcloud.feedback.domain.CustomerSurveyMetricRepository;
import com.crcloud.feedback.domain.CustomerSurveyRepository;
import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.domain.ReviewCaseRepository;
import com.crcloud.review.domain.ReviewCaseStep;
import com.crcloud.review.domain.ReviewCaseStepRepository;
import com.crcloud.security.SystemActor;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.user.Role;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A known set of cases, screening steps, survey answers and complaints in one tenant, written with exact times so
 * a test can state every dashboard figure. Each stage move is its own transaction, so the case history holds
 * every stage visit as the review service would leave it. The period is two whole months, four and three months
 * back, so open cases aged relative to now fall after it.
 */
final class DashboardDataSet {

    static final String REVIEWER_A = "rev-a";
    static final String REVIEWER_B = "rev-b";
    static final String CONSUMER_LOAN = "consumer-loan";
    static final String WEALTH_ACCOUNT = "wealth-account";

    final String tenant;
    final ZoneId zone;
    final YearMonth first;
    final YearMonth second;
    final Instant now;
    private final TransactionTemplate transaction;
    private final CustomerRepository customers;
    private final ReviewCaseRepository cases;
    private final ReviewCaseStepRepository steps;
    private final CustomerSurveyRepository surveys;
    private final CustomerSurveyMetricRepository metrics;
    private final ComplaintRepository complaints;

    @SuppressWarnings("java:S107")
    DashboardDataSet(String tenant, ZoneId zone, Instant now, TransactionTemplate transaction, CustomerRepository customers,
                     ReviewCaseRepository cases, ReviewCaseStepRepository steps, CustomerSurveyRepository surveys,
                     CustomerSurveyMetricRepository metrics, ComplaintRepository complaints) {
        this.tenant = tenant;
        this.zone = zone;
        this.now = now;
        this.first = YearMonth.from(now.atZone(zone)).minusMonths(4);
        this.second = first.plusMonths(1);
        this.transaction = transaction;
        this.customers = customers;
        this.cases = cases;
        this.steps = steps;
        this.surveys = surveys;
        this.metrics = metrics;
        this.complaints = complaints;
    }

    /** A decided (or paused) case's plan: hours after opening of each move, and the model and reviewer figures. */
    private record Plan(CaseTrigger trigger, String assignee, Instant openedAt, int verifyAfter, int assessAfter,
                        Integer awaitAfter, int decideAfter, DecisionOutcome outcome, RiskClass model, RiskClass override,
                        Integer overrideScore, String tier, String product, boolean autoDecided) {
    }

    void create() {
        as(() -> {
            // Earlier approvals, before the period: the customers' previous risk classes.
            Customer raised = customer("Raised Risk");
            Customer lowered = customer("Lowered Risk");
            Customer unchanged = customer("Unchanged Risk");
            decide(raised, new Plan(CaseTrigger.INITIAL, REVIEWER_B, at(first.minusMonths(2), 10, 9), 1, 2, null, 5,
                    DecisionOutcome.APPROVED, RiskClass.LOW, null, null, "STANDARD", null, false));
            decide(lowered, new Plan(CaseTrigger.INITIAL, REVIEWER_B, at(first.minusMonths(1), 10, 9), 1, 2, null, 5,
                    DecisionOutcome.APPROVED, RiskClass.MEDIUM, null, null, "STANDARD", null, false));
            decide(unchanged, new Plan(CaseTrigger.INITIAL, REVIEWER_A, at(first.minusMonths(1), 12, 9), 1, 2, null, 5,
                    DecisionOutcome.APPROVED, RiskClass.LOW, null, null, "STANDARD", null, false));

            // The period's cases (see DashboardServiceTest for what each one contributes).
            UUID c1 = decide(customer("Case One"), new Plan(CaseTrigger.INITIAL, REVIEWER_A, at(first, 2, 9), 1, 3, null, 10,
                    DecisionOutcome.APPROVED, RiskClass.MEDIUM, null, null, "STANDARD", CONSUMER_LOAN, false));
            UUID c2 = decide(customer("Case Two"), new Plan(CaseTrigger.INITIAL, REVIEWER_A, at(first, 3, 9), 1, 4, null, 20,
                    DecisionOutcome.REJECTED, RiskClass.HIGH, null, null, "STANDARD", CONSUMER_LOAN, false));
            UUID c3 = decide(raised, new Plan(CaseTrigger.PERIODIC, REVIEWER_B, at(first, 5, 9), 1, 2, null, 30,
                    DecisionOutcome.APPROVED, RiskClass.LOW, RiskClass.MEDIUM, null, "VIP", null, false));
            UUID c4 = decide(lowered, new Plan(CaseTrigger.INITIAL, REVIEWER_B, at(second, 1, 9), 1, 2, 30, 40,
                    DecisionOutcome.APPROVED, RiskClass.HIGH, RiskClass.LOW, null, "VIP", WEALTH_ACCOUNT, false));
            UUID c5 = decide(customer("Case Five"), new Plan(CaseTrigger.DATA_CHANGE, REVIEWER_A, at(second, 4, 9), 1, 2, null, 50,
                    DecisionOutcome.REJECTED, RiskClass.MEDIUM, null, 420, "STANDARD", null, true));
            // Opened on the first month's last evening and decided after midnight in the tenant's zone: the second month.
            Instant lastEvening = first.atEndOfMonth().atTime(18, 0).atZone(zone).toInstant();
            decide(unchanged, new Plan(CaseTrigger.INITIAL, REVIEWER_A, lastEvening, 1, 2, null, 8,
                    DecisionOutcome.APPROVED, RiskClass.LOW, null, null, "STANDARD", null, false));
            // Paused for more information and still waiting, long past its due time.
            decide(customer("Case Seven"), new Plan(CaseTrigger.INITIAL, REVIEWER_B, at(first, 10, 9), 1, 2, null, 5,
                    DecisionOutcome.MORE_INFO_REQUESTED, RiskClass.MEDIUM, null, null, "STANDARD", null, false));

            screening(c1, 1, CheckOutcome.PASS);
            inTransaction(() -> steps.save(step(c1, 1, ExtensionKind.REVIEW_CHECK, CheckOutcome.FAIL)));
            screening(c2, 1, CheckOutcome.WARN);
            screening(c3, 1, CheckOutcome.WARN);
            screening(c3, 2, CheckOutcome.PASS);
            screening(c4, 1, CheckOutcome.PASS);
            screening(c5, 1, CheckOutcome.FAIL);

            // The open backlog, aged relative to now.
            open(customer("Backlog One"), CaseTrigger.INITIAL, REVIEWER_A, Duration.ofHours(2), CaseStage.COLLECTING, Duration.ofHours(6), null);
            Customer dueWithCase = customer("Backlog Two");
            dueWithCase.recordReview(RiskClass.LOW, "STANDARD", LocalDate.ofInstant(now, zone).minusDays(1));
            inTransaction(() -> customers.save(dueWithCase));
            open(dueWithCase, CaseTrigger.PERIODIC, REVIEWER_B, Duration.ofDays(3), CaseStage.VERIFYING, Duration.ofHours(-1), null);
            open(customer("Backlog Three"), CaseTrigger.PERIODIC, REVIEWER_A, Duration.ofDays(10), CaseStage.ASSESSING, Duration.ofDays(1),
                    CONSUMER_LOAN);
            open(customer("Backlog Four"), CaseTrigger.INITIAL, REVIEWER_B, Duration.ofDays(40), CaseStage.AWAITING_APPROVAL,
                    Duration.ofDays(-2), null);
            Customer dueWithoutCase = customer("Due Without Case");
            dueWithoutCase.recordReview(RiskClass.LOW, "STANDARD", LocalDate.ofInstant(now, zone).minusDays(5));
            Customer dueLater = customer("Due Later");
            dueLater.recordReview(RiskClass.LOW, "STANDARD", LocalDate.ofInstant(now, zone).plusDays(10));
            inTransaction(() -> customers.saveAll(List.of(dueWithoutCase, dueLater)));

            Customer surveyed = customer("Surveyed");
            answer(surveyed, at(first.minusMonths(1), 20, 10), "csat", 1);
            answer(surveyed, at(first, 6, 10), "csat", 5);
            answer(surveyed, at(first, 7, 10), "csat", 4);
            answer(surveyed, at(second, 8, 10), "csat", 2);
            answer(surveyed, at(first, 6, 10), "nps", 10);
            answer(surveyed, at(first, 7, 10), "nps", 9);
            answer(surveyed, at(second, 8, 10), "nps", 7);
            answer(surveyed, at(second, 9, 10), "nps", 3);

            Instant beforePeriod = at(first, 1, 10).minus(Duration.ofHours(24));
            complaint(surveyed, ComplaintCategory.SERVICE, beforePeriod, beforePeriod.plus(Duration.ofHours(48)));
            complaint(surveyed, ComplaintCategory.DECISION, at(first, 5, 10), at(first, 6, 10));
            complaint(surveyed, ComplaintCategory.DECISION, at(second, 2, 10), null);
            complaint(surveyed, ComplaintCategory.FEES, at(second, 3, 10), null);
            return null;
        });
    }

    Instant at(YearMonth month, int day, int hour) {
        return month.atDay(day).atTime(hour, 0).atZone(zone).toInstant();
    }

    private Customer customer(String name) {
        Customer customer = TestCustomers.reviewable(name, "9000.00");
        customer.setCreatedAt(now);
        return inTransaction(() -> customers.save(customer));
    }

    /** Runs the plan: every stage move its own transaction with its own due time, as the service would. */
    private UUID decide(Customer customer, Plan plan) {
        Instant opened = plan.openedAt();
        UUID id = inTransaction(() -> {
            ReviewCase reviewCase = new ReviewCase("D-" + UUID.randomUUID().toString().substring(0, 8), customer.getId(),
                    plan.trigger(), "dashboard-test", opened, opened.plus(Duration.ofHours(2)));
            reviewCase.setAssignee(plan.assignee());
            reviewCase.runOn(plan.product(), null, null);
            return cases.save(reviewCase).getId();
        });
        Instant verify = opened.plus(Duration.ofHours(plan.verifyAfter()));
        change(id, reviewCase -> reviewCase.moveTo(CaseStage.VERIFYING, verify, verify.plus(Duration.ofHours(2))));
        Instant assess = opened.plus(Duration.ofHours(plan.assessAfter()));
        change(id, reviewCase -> {
            reviewCase.moveTo(CaseStage.ASSESSING, assess, assess.plus(Duration.ofHours(24)));
            reviewCase.recordModel(plan.model(), 500, 0.02, "test-model", plan.tier());
            if (plan.override() != null || plan.overrideScore() != null) {
                reviewCase.recordOverride(plan.override(), plan.overrideScore(), "Test justification for the override.", plan.assignee());
            }
        });
        if (plan.awaitAfter() != null) {
            Instant await = opened.plus(Duration.ofHours(plan.awaitAfter()));
            change(id, reviewCase -> reviewCase.moveTo(CaseStage.AWAITING_APPROVAL, await, await.plus(Duration.ofHours(8))));
        }
        Instant decided = opened.plus(Duration.ofHours(plan.decideAfter()));
        change(id, reviewCase -> {
            reviewCase.recordDecision(plan.outcome(), List.of(DecisionReason.MEETS_POLICY), null, plan.assignee(), decided);
            reviewCase.setAutoDecided(plan.autoDecided());
            reviewCase.moveTo(plan.outcome().stage(), decided, decided.plus(Duration.ofHours(24)));
        });
        return id;
    }

    /** An open case in the given stage, opened {@code age} before now and due {@code dueIn} from now. */
    private void open(Customer customer, CaseTrigger trigger, String assignee, Duration age, CaseStage stage, Duration dueIn,
                      String product) {
        Instant opened = now.minus(age);
        inTransaction(() -> {
            ReviewCase reviewCase = new ReviewCase("B-" + UUID.randomUUID().toString().substring(0, 8), customer.getId(), trigger,
                    "dashboard-test", opened, now.plus(dueIn));
            reviewCase.setAssignee(assignee);
            reviewCase.runOn(product, null, null);
            CaseStage current = CaseStage.COLLECTING;
            for (CaseStage next : List.of(CaseStage.VERIFYING, CaseStage.ASSESSING, CaseStage.AWAITING_APPROVAL)) {
                if (current == stage) {
                    break;
                }
                reviewCase.moveTo(next, opened.plus(Duration.ofMinutes(10)), now.plus(dueIn));
                current = next;
            }
            return cases.save(reviewCase);
        });
    }

    private void screening(UUID caseId, int run, CheckOutcome outcome) {
        inTransaction(() -> steps.save(step(caseId, run, ExtensionKind.SCREENING_PROVIDER, outcome)));
    }

    private ReviewCaseStep step(UUID caseId, int run, ExtensionKind kind, CheckOutcome outcome) {
        return new ReviewCaseStep(caseId, run, CaseStage.VERIFYING, "test/" + kind.name(), kind.name(), kind, outcome, outcome.name(),
                "", null, null, null, null, null, null, null, 5, now);
    }

    private void answer(Customer customer, Instant at, String metric, double value) {
        inTransaction(() -> {
            CustomerSurvey survey = new CustomerSurvey(customer.getId(), null, "test/survey", "satisfaction", "[]", at);
            survey.recordAnswers("{}", "{}", List.of(), "dashboard-test", at);
            CustomerSurvey saved = surveys.saveAndFlush(survey);
            return metrics.save(new CustomerSurveyMetric(saved, metric, value));
        });
    }

    private void complaint(Customer customer, ComplaintCategory category, Instant received, Instant resolved) {
        inTransaction(() -> {
            Complaint complaint = new Complaint(customer.getId(), null, ComplaintChannel.PHONE, category, "Test complaint", received,
                    "dashboard-test");
            if (resolved != null) {
                complaint.resolve("Settled.", "dashboard-test", resolved);
            }
            return complaints.save(complaint);
        });
    }

    private void change(UUID caseId, Consumer<ReviewCase> change) {
        inTransaction(() -> {
            change.accept(cases.findById(caseId).orElseThrow());
            return null;
        });
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    private void as(Supplier<Void> work) {
        SystemActor.call(tenant, "dashboard-test", EnumSet.of(Role.TENANT_ADMIN, Role.REVIEWER), work);
    }
}
