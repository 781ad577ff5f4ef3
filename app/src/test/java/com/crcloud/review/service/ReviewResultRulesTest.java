package com.crcloud.review.service;

import com.crcloud.flow.domain.CaseFacts;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.ReviewPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tenant's standard flow, derived from its review policy, keeps the policy's arithmetic. */
class ReviewResultRulesTest {

    private final ReviewPolicy policy = new ReviewPolicy();

    private FlowDefinition standard() {
        return FlowResolver.standard(policy, List.of());
    }

    private static CaseFacts facts(RiskClass riskClass, BigDecimal creditLimit) {
        return new CaseFacts(riskClass, null, null, null, null, null, null, creditLimit, 0, 0, null, 0);
    }

    @ParameterizedTest(name = "income {0} at {1} risk gives {2}")
    @CsvSource({
            "12345.67, LOW,    74000.00",  // 6 x income, rounded down to a hundred
            "12345.67, MEDIUM, 37000.00",  // 3 x
            "12345.67, HIGH,   12300.00",  // 1 x
            "90000.00, LOW,    200000.00", // capped
            "0.00,     LOW,    0.00",
    })
    void the_credit_limit_is_a_multiple_of_income_by_risk_class_rounded_down_and_capped(String income, RiskClass riskClass, String limit) {
        assertThat(standard().creditLimit(riskClass, new BigDecimal(income))).isEqualByComparingTo(limit);
    }

    @Test
    void a_customer_without_a_declared_income_gets_no_credit() {
        assertThat(standard().creditLimit(RiskClass.LOW, null)).isZero();
    }

    @ParameterizedTest(name = "{0} risk, limit {1}: four eyes {2}")
    @CsvSource({
            "LOW,    50000.00, false",
            "LOW,    50000.01, true",
            "MEDIUM, 10000.00, false",
            "HIGH,   100.00,   true",
    })
    void approvals_need_a_second_person_from_the_policys_risk_class_or_above_its_limit(RiskClass riskClass, String limit, boolean needed) {
        assertThat(ReviewResultRules.needsFourEyes(standard(), facts(riskClass, new BigDecimal(limit)))).isEqualTo(needed);
    }

    @Test
    void lowering_the_four_eyes_class_puts_medium_risk_approvals_under_four_eyes_too() {
        policy.setFourEyesRiskClass(RiskClass.MEDIUM);

        assertThat(ReviewResultRules.needsFourEyes(standard(), facts(RiskClass.MEDIUM, BigDecimal.ONE))).isTrue();
        assertThat(ReviewResultRules.needsFourEyes(standard(), facts(RiskClass.LOW, BigDecimal.ONE))).isFalse();
    }

    @Test
    void an_approval_without_any_risk_class_always_needs_a_second_person() {
        assertThat(ReviewResultRules.needsFourEyes(standard(), facts(null, BigDecimal.ONE))).isTrue();
    }

    @ParameterizedTest(name = "{0} risk: next review after {1} months")
    @CsvSource({"HIGH, 6", "MEDIUM, 12", "LOW, 24"})
    void the_next_review_date_follows_the_risk_class(RiskClass riskClass, int months) {
        LocalDate decided = LocalDate.of(2026, 1, 31);

        assertThat(standard().nextReviewDate(riskClass, decided)).isEqualTo(decided.plusMonths(months));
    }

    @Test
    void a_stage_is_due_its_sla_hours_after_the_case_entered_it() {
        Instant entered = Instant.parse("2026-11-30T08:00:00Z");

        assertThat(ReviewResultRules.dueAt(standard(), CaseStage.VERIFYING, entered)).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(ReviewResultRules.dueAt(standard(), CaseStage.ASSESSING, entered)).isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
    }

    @Test
    void the_service_plan_follows_the_tier_with_the_standard_plan_for_every_other_tier() {
        assertThat(standard().servicePlan("VIP")).isEqualTo("Premier");
        assertThat(standard().servicePlan("STANDARD")).isEqualTo("Standard");
        assertThat(standard().servicePlan(null)).isEqualTo("Standard");
    }
}
