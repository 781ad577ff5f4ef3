package com.crcloud.dashboard.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.feedback.domain.ComplaintRepository;
import com.crcloud.feedback.domain.CustomerSurveyMetricRepository;
import com.crcloud.feedback.domain.CustomerSurveyRepository;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.domain.ReviewCaseRepository;
import com.crcloud.review.domain.ReviewCaseStepRepository;
import com.crcloud.security.SystemActor;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.provisioning.NewTenant;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.tenant.user.TenantUserService;
import com.crcloud.tenant.user.UserAccount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Every dashboard figure against a data set whose answer is known ({@link DashboardDataSet}), in a tenant of its
 * own in Shanghai time, while the demo tenants' cases share the same tables.
 */
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardServiceTest extends IntegrationTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    TenantRegistryService registry;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    CustomerRepository customers;
    @Autowired
    ReviewCaseRepository cases;
    @Autowired
    ReviewCaseStepRepository steps;
    @Autowired
    CustomerSurveyRepository surveys;
    @Autowired
    CustomerSurveyMetricRepository metrics;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    TenantUserService users;
    @Autowired
    DashboardSummaries summaries;
    @Autowired
    JdbcTemplate jdbc;

    private static final String RETAIL = "Retail credit";
    private static final String PRIVATE = "Private banking";

    private DashboardDataSet data;
    private UserAccount reviewerB;

    @BeforeAll
    void createDataSet() {
        String slug = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        actAs(null, "platform-admin");
        registry.provision(new NewTenant(slug, "Dashboard Test", Locale.ENGLISH, shanghai, "manager", "Manager",
                "manager@dash.example", "manager-password-1"));
        data = new DashboardDataSet(slug, shanghai, clock.instant(), new TransactionTemplate(transactionManager), customers, cases,
                steps, surveys, metrics, complaints);
        data.create();
        as(() -> {
            team(users.createUser(DashboardDataSet.REVIEWER_A, "Reviewer A", null, "reviewer-password-1", EnumSet.of(Role.REVIEWER)), RETAIL);
            reviewerB = team(users.createUser(DashboardDataSet.REVIEWER_B, "Reviewer B", null, "reviewer-password-1",
                    EnumSet.of(Role.REVIEWER)), PRIVATE);
            return null;
        });
    }

    private UserAccount team(UserAccount user, String team) {
        return users.setTeam(user.getId(), user.getVersion(), team);
    }

    @Test
    void volume_counts_cases_opened_and_decided_in_the_tenants_months() {
        Dashboard dashboard = load(period());

        assertThat(dashboard.volume().opened()).isEqualTo(7);
        assertThat(dashboard.volume().openedBy()).containsExactlyInAnyOrderEntriesOf(Map.of(
                CaseTrigger.INITIAL, 5L, CaseTrigger.PERIODIC, 1L, CaseTrigger.DATA_CHANGE, 1L));
        assertThat(dashboard.volume().approved()).isEqualTo(4);
        assertThat(dashboard.volume().rejected()).isEqualTo(2);
        assertThat(dashboard.volume().moreInfoRequests()).isEqualTo(1);
        assertThat(dashboard.volume().approvalRate()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(dashboard.volume().moreInfoRate()).isCloseTo(1.0 / 7, within(1e-9));
        // The fifth case's rejection was taken by the flow's rules.
        assertThat(dashboard.volume().autoDecided()).isEqualTo(1);
        assertThat(dashboard.volume().autoDecidedRate()).isCloseTo(1.0 / 6, within(1e-9));
        // The case decided after midnight in Shanghai counts in the second month, though it is still the first in UTC.
        assertThat(dashboard.months()).extracting(Dashboard.Month::month).containsExactly(data.first, data.second);
        assertThat(dashboard.months()).extracting(Dashboard.Month::opened).containsExactly(5L, 2L);
        assertThat(dashboard.months()).extracting(Dashboard.Month::approved).containsExactly(2L, 2L);
        assertThat(dashboard.months()).extracting(Dashboard.Month::rejected).containsExactly(1L, 1L);
    }

    @Test
    void time_to_decision_and_per_stage_come_from_the_decisions_and_the_case_history() {
        Dashboard.Timing timing = load(period()).timing();

        // Decisions after 8, 10, 20, 30, 40 and 50 hours: nearest-rank median is the 3rd, the 90th percentile the 6th.
        assertThat(timing.medianHoursToDecision()).isEqualTo(20.0);
        assertThat(timing.p90HoursToDecision()).isEqualTo(50.0);
        assertThat(timing.stages().get(CaseStage.COLLECTING)).isEqualTo(new Dashboard.StageTime(7, 7, 1.0, 0));
        assertThat(timing.stages().get(CaseStage.VERIFYING).entered()).isEqualTo(7);
        assertThat(timing.stages().get(CaseStage.VERIFYING).averageHours()).isCloseTo(10.0 / 7, within(1e-9));
        assertThat(timing.stages().get(CaseStage.VERIFYING).slaBreaches()).isEqualTo(1);
        assertThat(timing.stages().get(CaseStage.ASSESSING).averageHours()).isCloseTo(136.0 / 7, within(1e-9));
        assertThat(timing.stages().get(CaseStage.ASSESSING).slaBreaches()).isEqualTo(3);
        assertThat(timing.stages().get(CaseStage.AWAITING_APPROVAL)).isEqualTo(new Dashboard.StageTime(1, 1, 10.0, 1));
        assertThat(timing.stages().get(CaseStage.APPROVED).entered()).isEqualTo(4);
        assertThat(timing.stages().get(CaseStage.REJECTED).entered()).isEqualTo(2);
        assertThat(timing.stages().get(CaseStage.MORE_INFO_REQUESTED).entered()).isEqualTo(1);
        assertThat(timing.slaBreaches()).isEqualTo(5);
    }

    @Test
    void the_backlog_is_the_open_cases_now_by_stage_due_time_and_age() {
        Dashboard.Backlog backlog = load(period()).backlog();

        assertThat(backlog.open()).isEqualTo(5);
        assertThat(backlog.overdue()).isEqualTo(3);
        assertThat(backlog.byStage()).containsExactlyInAnyOrderEntriesOf(Map.of(CaseStage.COLLECTING, 1L, CaseStage.VERIFYING, 1L,
                CaseStage.ASSESSING, 1L, CaseStage.AWAITING_APPROVAL, 1L, CaseStage.MORE_INFO_REQUESTED, 1L));
        assertThat(backlog.byAge()).containsExactlyInAnyOrderEntriesOf(Map.of(Dashboard.AgeBucket.UNDER_1_DAY, 1L,
                Dashboard.AgeBucket.DAYS_1_TO_7, 1L, Dashboard.AgeBucket.DAYS_7_TO_30, 1L, Dashboard.AgeBucket.OVER_30_DAYS, 2L));
    }

    @Test
    void risk_classes_tiers_and_overrides_are_those_of_the_decided_cases() {
        Dashboard dashboard = load(period());

        assertThat(dashboard.risk().classes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                RiskClass.LOW, 2L, RiskClass.MEDIUM, 3L, RiskClass.HIGH, 1L));
        assertThat(dashboard.risk().tiers()).containsExactlyInAnyOrderEntriesOf(Map.of("STANDARD", 4L, "VIP", 2L));
        assertThat(dashboard.months().get(0).classes()).containsExactlyInAnyOrderEntriesOf(Map.of(RiskClass.MEDIUM, 2L, RiskClass.HIGH, 1L));
        assertThat(dashboard.months().get(1).classes()).containsExactlyInAnyOrderEntriesOf(Map.of(RiskClass.LOW, 2L, RiskClass.MEDIUM, 1L));
        assertThat(dashboard.risk().assessed()).isEqualTo(6);
        assertThat(dashboard.risk().overridden()).isEqualTo(3);
        assertThat(dashboard.risk().overriddenUp()).isEqualTo(1);
        assertThat(dashboard.risk().overriddenDown()).isEqualTo(1);
        assertThat(dashboard.risk().overrideRate()).isEqualTo(0.5);
    }

    @Test
    void screening_hits_count_cases_with_a_screening_warning_and_false_positives_are_hits_approved() {
        Dashboard.Screening screening = load(period()).screening();

        assertThat(screening).isEqualTo(new Dashboard.Screening(5, 3, 1, 3.0 / 5, 1.0 / 3));
    }

    @Test
    void satisfaction_and_complaints_are_those_answered_received_and_resolved_in_the_period() {
        Dashboard.CustomerVoice voice = load(period()).customers();

        assertThat(voice.csatResponses()).isEqualTo(3);
        assertThat(voice.csatAverage()).isCloseTo(11.0 / 3, within(1e-9));
        assertThat(voice.csatSatisfiedRate()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(voice.npsResponses()).isEqualTo(4);
        assertThat(voice.nps()).isEqualTo(25.0);
        assertThat(voice.complaintsReceived()).isEqualTo(3);
        assertThat(voice.complaintsByCategory()).containsExactlyInAnyOrderEntriesOf(Map.of("DECISION", 2L, "FEES", 1L));
        assertThat(voice.complaintsResolved()).isEqualTo(2);
        assertThat(voice.averageResolutionHours()).isEqualTo(36.0);
        assertThat(voice.complaintsOpen()).isEqualTo(2);
    }

    @Test
    void monitoring_counts_re_reviews_and_customers_whose_risk_class_an_approval_changed() {
        Dashboard.Monitoring monitoring = load(period()).monitoring();

        assertThat(monitoring).isEqualTo(new Dashboard.Monitoring(1, 1, 1, 1, 2, 1, 1));
    }

    @Test
    void the_reviewer_filter_narrows_every_case_figure_to_that_reviewers_cases() {
        Dashboard dashboard = load(period().withReviewer(DashboardDataSet.REVIEWER_A));

        assertThat(dashboard.volume().opened()).isEqualTo(4);
        assertThat(dashboard.volume().approved()).isEqualTo(2);
        assertThat(dashboard.volume().rejected()).isEqualTo(2);
        // Decisions after 8, 10, 20 and 50 hours.
        assertThat(dashboard.timing().medianHoursToDecision()).isEqualTo(10.0);
        assertThat(dashboard.timing().p90HoursToDecision()).isEqualTo(50.0);
        assertThat(dashboard.timing().stages().get(CaseStage.COLLECTING).entered()).isEqualTo(4);
        assertThat(dashboard.backlog().open()).isEqualTo(2);
        assertThat(dashboard.monitoring().customersRiskChanged()).isZero();
        assertThat(as(dashboards::reviewers)).containsExactly(DashboardDataSet.REVIEWER_A, DashboardDataSet.REVIEWER_B);
    }

    @Test
    void the_product_filter_narrows_every_case_figure_to_the_cases_opened_for_that_product() {
        Dashboard loans = load(period().withProduct(DashboardDataSet.CONSUMER_LOAN));

        assertThat(loans.volume().opened()).isEqualTo(2);
        assertThat(loans.volume().approved()).isEqualTo(1);
        assertThat(loans.volume().rejected()).isEqualTo(1);
        // Decisions after 10 and 20 hours.
        assertThat(loans.timing().medianHoursToDecision()).isEqualTo(10.0);
        assertThat(loans.timing().p90HoursToDecision()).isEqualTo(20.0);
        assertThat(loans.timing().stages().get(CaseStage.COLLECTING)).isEqualTo(new Dashboard.StageTime(2, 2, 1.0, 0));
        assertThat(loans.risk().classes()).containsExactlyInAnyOrderEntriesOf(Map.of(RiskClass.MEDIUM, 1L, RiskClass.HIGH, 1L));
        assertThat(loans.screening()).isEqualTo(new Dashboard.Screening(2, 1, 0, 0.5, 0.0));
        assertThat(loans.backlog().byStage()).containsExactlyInAnyOrderEntriesOf(Map.of(CaseStage.ASSESSING, 1L));
        Dashboard wealth = load(period().withProduct(DashboardDataSet.WEALTH_ACCOUNT));
        assertThat(wealth.volume().approved()).isEqualTo(1);
        assertThat(wealth.risk().overriddenDown()).isEqualTo(1);
        assertThat(wealth.backlog().open()).isZero();
        assertThat(as(() -> dashboards.countCases(period().withProduct(DashboardDataSet.CONSUMER_LOAN),
                DrillDown.of(DrillDown.Kind.OPENED, "ALL")))).isEqualTo(2);
        assertThat(as(dashboards::products)).containsExactly(DashboardDataSet.CONSUMER_LOAN, DashboardDataSet.WEALTH_ACCOUNT);
    }

    @Test
    void the_team_filter_counts_the_cases_of_the_teams_members_and_combines_with_the_other_filters() {
        Dashboard retail = load(period().withTeam(RETAIL));

        // The retail team is reviewer A alone: the same figures as that reviewer's.
        assertThat(retail.volume().opened()).isEqualTo(4);
        assertThat(retail.volume().approved()).isEqualTo(2);
        assertThat(retail.volume().rejected()).isEqualTo(2);
        assertThat(retail.timing().medianHoursToDecision()).isEqualTo(10.0);
        assertThat(retail.backlog().open()).isEqualTo(2);
        assertThat(load(period().withTeam(PRIVATE)).volume().opened()).isEqualTo(3);
        assertThat(load(period().withTeam(PRIVATE).withReviewer(DashboardDataSet.REVIEWER_A)).volume().opened()).isZero();
        assertThat(load(period().withTeam(RETAIL).withProduct(DashboardDataSet.CONSUMER_LOAN)).volume().opened()).isEqualTo(2);
        assertThat(load(period().withTeam("Nobody's team")).volume().opened()).isZero();
        assertThat(as(() -> dashboards.countCases(period().withTeam(PRIVATE), DrillDown.of(DrillDown.Kind.OVERDUE, "ALL")))).isEqualTo(3);
        assertThat(as(dashboards::teams)).containsExactly(PRIVATE, RETAIL);
    }

    @Test
    void a_team_of_several_members_counts_the_cases_of_each_member_once() {
        UserAccount moved = as(() -> team(reviewerB, RETAIL));
        try {
            Dashboard everyone = load(period());
            Dashboard both = load(period().withTeam(RETAIL));

            // Every case of the data set is assigned to reviewer A or B: a team of both sees every case figure.
            assertThat(both.volume()).isEqualTo(everyone.volume());
            assertThat(both.timing()).isEqualTo(everyone.timing());
            assertThat(both.backlog()).isEqualTo(everyone.backlog());
            assertThat(both.risk()).isEqualTo(everyone.risk());
            assertThat(both.screening()).isEqualTo(everyone.screening());
            assertThat(both.monitoring()).isEqualTo(everyone.monitoring());
            assertThat(both.months()).isEqualTo(everyone.months());
            assertThat(both.volume().opened()).isEqualTo(load(period().withReviewer(DashboardDataSet.REVIEWER_A)).volume().opened()
                    + load(period().withReviewer(DashboardDataSet.REVIEWER_B)).volume().opened());
        } finally {
            reviewerB = as(() -> team(moved, PRIVATE));
        }
    }

    @Test
    void summaries_kept_with_every_change_of_a_case_equal_a_rebuild_from_the_cases_and_their_history() {
        assertThat(jdbc.queryForObject("SELECT time_zone FROM dashboard_summary_state WHERE tenant_id = ?", String.class, data.tenant))
                .as("filed as the cases were written, no rebuild needed").isEqualTo("Asia/Shanghai");
        List<Map<String, Object>> kept = summaryRows();

        summaries.rebuild(data.tenant);

        assertThat(summaryRows()).isEqualTo(kept).isNotEmpty();
    }

    @Test
    void reassigning_a_case_moves_all_its_figures_to_the_new_reviewer() {
        YearMonth month = data.first.minusMonths(8);
        Instant opened = data.at(month, 3, 9);
        UUID id = SystemActor.call(data.tenant, "manager", EnumSet.of(Role.TENANT_ADMIN), () -> new TransactionTemplate(transactionManager)
                .execute(status -> {
                    Customer customer = TestCustomers.reviewable("Reassigned", "9000.00");
                    customer.setCreatedAt(opened);
                    ReviewCase reviewCase = new ReviewCase("R-" + UUID.randomUUID().toString().substring(0, 8),
                            customers.save(customer).getId(), CaseTrigger.INITIAL, "test", opened, opened.plusSeconds(3600));
                    reviewCase.setAssignee(DashboardDataSet.REVIEWER_A);
                    return cases.save(reviewCase).getId();
                }));
        DashboardFilter filter = DashboardFilter.month(month);
        assertThat(load(filter.withReviewer(DashboardDataSet.REVIEWER_A)).volume().opened()).isEqualTo(1);

        SystemActor.call(data.tenant, "manager", EnumSet.of(Role.TENANT_ADMIN), () -> new TransactionTemplate(transactionManager)
                .execute(status -> {
                    cases.findById(id).orElseThrow().setAssignee(DashboardDataSet.REVIEWER_B);
                    return null;
                }));

        assertThat(load(filter.withReviewer(DashboardDataSet.REVIEWER_A)).volume().opened()).isZero();
        Dashboard moved = load(filter.withReviewer(DashboardDataSet.REVIEWER_B));
        assertThat(moved.volume().opened()).isEqualTo(1);
        assertThat(moved.timing().stages().get(CaseStage.COLLECTING).entered()).isEqualTo(1);
        assertThat(load(filter.withTeam(PRIVATE)).volume().opened()).isEqualTo(1);
    }

    @Test
    void a_chart_element_drills_down_to_exactly_the_cases_it_counts() {
        assertThat(drill(DrillDown.inMonth(DrillDown.Kind.DECIDED, "APPROVED", data.second))).hasSize(2);
        assertThat(drill(DrillDown.of(DrillDown.Kind.RISK_CLASS, "MEDIUM"))).hasSize(3);
        assertThat(drill(DrillDown.of(DrillDown.Kind.OPENED, "ALL"))).hasSize(7);
        assertThat(drill(DrillDown.of(DrillDown.Kind.OVERDUE, "ALL"))).hasSize(3);
        assertThat(drill(DrillDown.of(DrillDown.Kind.AGE, "OVER_30_DAYS"))).extracting(ReviewCase::getStage)
                .containsExactlyInAnyOrder(CaseStage.AWAITING_APPROVAL, CaseStage.MORE_INFO_REQUESTED);
        assertThat(drill(DrillDown.of(DrillDown.Kind.OPEN_STAGE, "VERIFYING"))).extracting(ReviewCase::getAssignee)
                .containsExactly(DashboardDataSet.REVIEWER_B);
        assertThat(as(() -> dashboards.countCases(period(), DrillDown.of(DrillDown.Kind.DECIDED, "REJECTED")))).isEqualTo(2);
    }

    @Test
    void an_empty_period_has_zero_counts_and_no_rates_rather_than_an_error() {
        Dashboard dashboard = load(DashboardFilter.month(data.first.minusMonths(12)));

        assertThat(dashboard.volume().opened()).isZero();
        assertThat(dashboard.volume().approvalRate()).isNull();
        assertThat(dashboard.timing().medianHoursToDecision()).isNull();
        assertThat(dashboard.customers().nps()).isNull();
        assertThat(dashboard.screening().hitRate()).isNull();
    }

    @Test
    void a_reversed_or_too_long_period_is_refused_with_its_reason() {
        assertThatThrownBy(() -> load(DashboardFilter.months(data.second, data.first)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dashboard.error.periodReversed"));
        assertThatThrownBy(() -> load(DashboardFilter.months(data.first.minusMonths(30), data.first)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dashboard.error.periodTooLong"));
    }

    @Test
    void reviewers_and_approvers_may_not_read_the_dashboard() {
        actAs(LENDER, "reviewer");
        assertThatThrownBy(() -> dashboards.load(DashboardFilter.month(YearMonth.now()))).isInstanceOf(AccessDeniedException.class);
        actAs(LENDER, "compliance-officer");
        assertThat(dashboards.load(DashboardFilter.month(YearMonth.now()))).isNotNull();
    }

    private DashboardFilter period() {
        return DashboardFilter.months(data.first, data.second);
    }

    private Dashboard load(DashboardFilter filter) {
        return as(() -> dashboards.load(filter));
    }

    private List<ReviewCase> drill(DrillDown drillDown) {
        return as(() -> dashboards.cases(period(), drillDown, PageRequest.of(0, 50)).getContent());
    }

    /** The tenant's summary rows in a fixed order, counters that sum to nothing left out. */
    private List<Map<String, Object>> summaryRows() {
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList("SELECT period_month, metric, grp, product, assignee,"
                + " n, total FROM dashboard_month_count WHERE tenant_id = ? AND (n <> 0 OR total <> 0)"
                + " ORDER BY period_month, metric, grp, product, assignee", data.tenant));
        rows.addAll(jdbc.queryForList("SELECT * FROM dashboard_case_fact WHERE tenant_id = ? ORDER BY case_id", data.tenant));
        rows.addAll(jdbc.queryForList("SELECT * FROM dashboard_stage_visit WHERE tenant_id = ? ORDER BY case_id, visit_number", data.tenant));
        return rows;
    }

    private <T> T as(Supplier<T> work) {
        return SystemActor.call(data.tenant, "manager", EnumSet.of(Role.TENANT_ADMIN), work);
    }
}
