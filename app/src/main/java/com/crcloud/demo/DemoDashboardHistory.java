package com.crcloud.demo;

import com.crcloud.customer.domain.Customer;
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
import com.crcloud.tenant.user.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.function.Consumer;

/**
 * Six months of decided review cases, survey answers and complaints before the demo's current cases, so the
 * dashboard's trends have something to show. Written straight to the tables with back-dated times (the review
 * service works in the present), one transaction per stage move so the case history holds each stage visit as the
 * service would leave it. Closed cases only, on the last customers, so queues and open-case rules are untouched.
 * Each case is for one of two products and some were decided by the flow's rules, so the dashboard's product filter
 * and auto-decided share have something to show.
 */
@Component
class DemoDashboardHistory {

    static final String ACTOR = "demo-history";
    private static final Logger log = LoggerFactory.getLogger(DemoDashboardHistory.class);
    private static final int MONTHS = 6;
    private static final int CASES_PER_MONTH = 6;
    private static final String SCREENING = "compliance/watchlist-screening";
    private static final String CONSUMER_LOAN = "consumer-loan";
    private static final String WEALTH_ACCOUNT = "wealth-account";

    private final ReviewCaseRepository cases;
    private final ReviewCaseStepRepository steps;
    private final CustomerSurveyRepository surveys;
    private final CustomerSurveyMetricRepository metrics;
    private final ComplaintRepository complaints;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    DemoDashboardHistory(ReviewCaseRepository cases, ReviewCaseStepRepository steps, CustomerSurveyRepository surveys,
                         CustomerSurveyMetricRepository metrics, ComplaintRepository complaints,
                         PlatformTransactionManager transactionManager, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.surveys = surveys;
        this.metrics = metrics;
        this.complaints = complaints;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    void create(String tenant, List<Customer> customers, ZoneId zone, long seed) {
        if (customers.size() < 2) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(seed);
        Instant now = clock.instant();
        SystemActor.run(tenant, ACTOR, EnumSet.of(Role.TENANT_ADMIN), () -> {
            // Past cases go to customers without an open case: each history case is open for a moment while it is built.
            List<Customer> pool = IntStream.range(0, customers.size()).mapToObj(i -> customers.get(customers.size() - 1 - i))
                    .filter(customer -> transaction.execute(status -> cases.findByCustomerIdAndOpenSlotIsNotNull(customer.getId())).isEmpty())
                    .limit(10).toList();
            if (pool.isEmpty()) {
                return;
            }
            YearMonth current = YearMonth.from(now.atZone(zone));
            for (int back = MONTHS; back >= 1; back--) {
                YearMonth month = current.minusMonths(back);
                for (int i = 0; i < CASES_PER_MONTH; i++) {
                    Instant opened = month.atDay(1 + random.nextInt(25)).atTime(8 + random.nextInt(9), 0).atZone(zone).toInstant();
                    decidedCase(pool.get(random.nextInt(pool.size())), opened, now, random);
                }
                Customer surveyed = pool.get(random.nextInt(pool.size()));
                Instant answered = month.atDay(10 + random.nextInt(15)).atTime(11, 0).atZone(zone).toInstant();
                answer(surveyed, answered, 3 + random.nextInt(3), 5 + random.nextInt(6));
                Instant received = month.atDay(1 + random.nextInt(20)).atTime(10, 0).atZone(zone).toInstant();
                ComplaintCategory category = ComplaintCategory.values()[random.nextInt(ComplaintCategory.values().length)];
                complaint(surveyed, category, received, received.plus(Duration.ofHours(24 + random.nextInt(96))));
            }
        });
        log.info("Demo dashboard history of {}: {} decided cases over {} months in {} ms", tenant, MONTHS * CASES_PER_MONTH, MONTHS,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void decidedCase(Customer customer, Instant opened, Instant now, Random random) {
        CaseTrigger trigger = random.nextInt(10) < 6 ? CaseTrigger.INITIAL : random.nextInt(4) < 3 ? CaseTrigger.PERIODIC : CaseTrigger.DATA_CHANGE;
        String assignee = random.nextBoolean() ? DemoDataLoader.username(Role.REVIEWER) : DemoReviewCases.MAKER;
        String product = random.nextInt(3) == 0 ? WEALTH_ACCOUNT : CONSUMER_LOAN;
        UUID id = transaction.execute(status -> {
            byte[] reference = new byte[4];
            random.nextBytes(reference);
            ReviewCase reviewCase = new ReviewCase("RC-" + HexFormat.of().withUpperCase().formatHex(reference), customer.getId(),
                    trigger, ACTOR, opened, opened.plus(Duration.ofHours(24)));
            reviewCase.setAssignee(assignee);
            reviewCase.runOn(product, null, null);
            return cases.save(reviewCase).getId();
        });
        Instant verify = opened.plus(Duration.ofHours(1 + random.nextInt(30)));
        change(id, reviewCase -> reviewCase.moveTo(CaseStage.VERIFYING, verify, verify.plus(Duration.ofHours(8))));
        Instant assess = verify.plus(Duration.ofMinutes(5 + random.nextInt(600)));
        RiskClass model = RiskClass.values()[random.nextInt(3)];
        boolean override = random.nextInt(100) < 15;
        RiskClass effective = override ? RiskClass.values()[Math.floorMod(model.ordinal() + (random.nextBoolean() ? 1 : -1), 3)] : model;
        change(id, reviewCase -> {
            reviewCase.moveTo(CaseStage.ASSESSING, assess, assess.plus(Duration.ofHours(48)));
            reviewCase.recordModel(model, 300 + random.nextInt(500), 0.01 + random.nextInt(20) / 100.0, "demo-model",
                    random.nextInt(5) == 0 ? "VIP" : "STANDARD");
            if (override) {
                reviewCase.recordOverride(effective, null, "Demo: reviewer judgement after reading the bureau report.", assignee);
            }
        });
        boolean hit = random.nextInt(10) == 0;
        transaction.execute(status -> steps.save(new ReviewCaseStep(id, 1, CaseStage.VERIFYING, SCREENING, "Watchlist screening",
                ExtensionKind.SCREENING_PROVIDER, hit ? CheckOutcome.WARN : CheckOutcome.PASS, hit ? "1 possible match" : "No match",
                hit ? "SCREENING_HIT" : "", null, null, null, null, null, null, null, 40, verify)));
        Instant decided = min(assess.plus(Duration.ofHours(2 + random.nextInt(90))), now.minus(Duration.ofHours(1)));
        if (effective == RiskClass.HIGH) {
            Instant proposed = min(assess.plus(Duration.ofHours(1)), decided);
            change(id, reviewCase -> reviewCase.moveTo(CaseStage.AWAITING_APPROVAL, proposed, proposed.plus(Duration.ofHours(24))));
        }
        DecisionOutcome outcome = random.nextInt(100) < (hit ? 40 : 80) ? DecisionOutcome.APPROVED : DecisionOutcome.REJECTED;
        // The flow's rules approve low-risk customers without a hit or an override on their own.
        boolean autoDecided = outcome == DecisionOutcome.APPROVED && effective == RiskClass.LOW && !override && !hit;
        change(id, reviewCase -> {
            reviewCase.recordDecision(outcome, List.of(outcome == DecisionOutcome.APPROVED ? DecisionReason.MEETS_POLICY
                    : DecisionReason.AFFORDABILITY), null, outcome == DecisionOutcome.APPROVED && effective == RiskClass.HIGH
                    ? DemoReviewCases.CHECKER : assignee, decided);
            reviewCase.setAutoDecided(autoDecided);
            reviewCase.moveTo(outcome.stage(), decided, decided);
        });
    }

    private void answer(Customer customer, Instant at, int csat, int nps) {
        transaction.execute(status -> {
            CustomerSurvey survey = new CustomerSurvey(customer.getId(), null, "feedback/post-decision-survey", "satisfaction", "[]", at);
            survey.recordAnswers("{}", "{\"csat\":" + csat + ",\"nps\":" + nps + "}", List.of(), ACTOR, at);
            CustomerSurvey saved = surveys.saveAndFlush(survey);
            metrics.save(new CustomerSurveyMetric(saved, "csat", csat));
            return metrics.save(new CustomerSurveyMetric(saved, "nps", nps));
        });
    }

    private void complaint(Customer customer, ComplaintCategory category, Instant received, Instant resolved) {
        transaction.execute(status -> {
            Complaint complaint = new Complaint(customer.getId(), null, ComplaintChannel.PHONE, category,
                    "Demo: the customer called about the review.", received, ACTOR);
            complaint.resolve("Demo: explained the decision and the next steps.", ACTOR, resolved);
            return complaints.save(complaint);
        });
    }

    private void change(UUID caseId, Consumer<ReviewCase> change) {
        transaction.execute(status -> {
            change.accept(cases.findById(caseId).orElseThrow());
            return null;
        });
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
