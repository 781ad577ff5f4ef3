package com.crcloud.plugins.segmentation;

import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.FactorContribution;
import com.crcloud.plugin.api.RiskAssessment;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.plugin.api.Segmentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.crcloud.plugins.segmentation.Fixtures.amount;
import static com.crcloud.plugins.segmentation.Fixtures.customer;
import static com.crcloud.plugins.segmentation.Fixtures.loan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RiskTierSegmenterTest {

    private final RiskTierSegmenter segmenter = new RiskTierSegmenter();

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"300,HIGH", "559,HIGH", "560,MEDIUM", "679,MEDIUM", "680,LOW", "900,LOW"})
    void the_score_decides_the_class_at_the_default_thresholds(int score, RiskClass expected) {
        Segmentation segmentation = segment(customer().build(), pinnedScore(score));
        assertThat(segmentation.riskClass()).isEqualTo(expected);
        assertThat(reason(segmentation, "score").value()).isEqualTo(Integer.toString(score));
    }

    @ParameterizedTest(name = "score {0} with thresholds 600/700 is {1}")
    @CsvSource({"599,HIGH", "600,MEDIUM", "699,MEDIUM", "700,LOW"})
    void a_tenant_can_move_both_thresholds(int score, RiskClass expected) {
        Map<String, String> settings = pinnedScore(score);
        settings.put("highRiskBelowScore", "600");
        settings.put("lowRiskFromScore", "700");
        assertThat(segment(customer().build(), settings).riskClass()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "high below {0}, low from {1}")
    @CsvSource({"700,650", "600,600"})
    void crossing_thresholds_are_rejected_naming_both_values(int highBelow, int lowFrom) {
        assertThatThrownBy(() -> segment(customer().build(),
                Map.of("highRiskBelowScore", Integer.toString(highBelow), "lowRiskFromScore", Integer.toString(lowFrom))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("highRiskBelowScore (" + highBelow + ")")
                .hasMessageContaining("lowRiskFromScore (" + lowFrom + ")");
    }

    @Test
    void a_defaulted_loan_forces_high_risk_whatever_the_score() {
        Map<String, String> settings = new HashMap<>(Map.of("basePoints", "900"));
        Segmentation segmentation = segment(customer().loan(loan("CLOSED", "0")).loan(loan("DEFAULTED", "20000")).build(), settings);
        assertThat(segmentation.riskClass()).isEqualTo(RiskClass.HIGH);
        FactorContribution history = reason(segmentation, "creditHistory");
        assertThat(history.contribution()).isEqualTo(-60);
        assertThat(history.explanation()).isEqualTo("1 loan(s) in default: risk class is HIGH whatever the score.");
        assertThat(segmentation.reasons()).extracting(FactorContribution::factor).doesNotContain("score");
    }

    @ParameterizedTest(name = "worst overdue {0} days with severe limit {1} forces HIGH: {2}")
    @CsvSource({"89,90,false", "90,90,true", "200,90,true", "59,60,false", "60,60,true"})
    void a_severe_overdue_forces_high_risk_whatever_the_score(int days, int severeDays, boolean forced) {
        CustomerSnapshot customer = customer().loan(loan("CURRENT", "1000"))
                .overdueEvent(new CustomerSnapshot.OverdueEvent(Fixtures.TODAY.minusMonths(1), days, amount("300"))).build();
        Segmentation segmentation = segment(customer, new HashMap<>(Map.of("basePoints", "900", "severeOverdueDays", Integer.toString(severeDays))));
        assertThat(segmentation.riskClass()).isEqualTo(forced ? RiskClass.HIGH : RiskClass.LOW);
        String rule = "reaches the severe limit of " + severeDays + " days";
        if (forced) {
            assertThat(reason(segmentation, "worstOverdueDays").explanation()).contains(rule);
        } else {
            assertThat(segmentation.reasons()).extracting(FactorContribution::explanation).noneMatch(text -> text.contains(rule));
        }
    }

    @ParameterizedTest(name = "net worth {0}, income {1} is {2}")
    @CsvSource({"999999.99,10000,STANDARD", "1000000,10000,PRIORITY", "4999999.99,10000,PRIORITY", "5000000,10000,VIP",
            "0,199999.99,STANDARD", "0,200000,VIP", "2000000,200000,VIP"})
    void wealth_decides_the_tier_of_a_customer_who_is_not_high_risk(String netWorth, String income, String tier) {
        CustomerSnapshot customer = customer().monthlyIncome(amount(income), null)
                .asset(new CustomerSnapshot.Holding("DEPOSIT", amount(netWorth), "CNY")).build();
        assertThat(segment(customer, pinnedScore(700)).tier()).isEqualTo(tier);
    }

    @Test
    void the_priority_tier_can_be_switched_off() {
        CustomerSnapshot customer = customer().asset(new CustomerSnapshot.Holding("DEPOSIT", amount("3000000"), "CNY")).build();
        Map<String, String> settings = pinnedScore(700);
        settings.put("priorityTierEnabled", "false");
        Segmentation segmentation = segment(customer, settings);
        assertThat(segmentation.tier()).isEqualTo("STANDARD");
        assertThat(reason(segmentation, "netWorth").explanation()).isEqualTo("Net worth is below the threshold of 5,000,000 CNY for a higher tier.");
    }

    @Test
    void a_vip_is_explained_by_the_thresholds_reached_with_monthly_income_as_the_contribution_proxy() {
        CustomerSnapshot customer = customer().monthlyIncome(amount("250000"), null)
                .asset(new CustomerSnapshot.Holding("PORTFOLIO", amount("8000000"), "CNY")).build();
        Segmentation segmentation = segment(customer, pinnedScore(700));
        assertThat(segmentation.tier()).isEqualTo("VIP");
        assertThat(segmentation.reasons()).filteredOn(reason -> !reason.factor().equals("score"))
                .extracting(FactorContribution::factor, FactorContribution::value)
                .containsExactly(tuple("netWorth", "8,000,000 CNY"), tuple("monthlyIncome", "250,000 CNY"));
        assertThat(reason(segmentation, "monthlyIncome").explanation()).contains("proxy for the customer's contribution");
    }

    @Test
    void a_high_risk_customer_never_gets_a_premium_tier_and_is_told_why() {
        CustomerSnapshot customer = customer().loan(loan("DEFAULTED", "50000"))
                .asset(new CustomerSnapshot.Holding("PROPERTY", amount("9000000"), "CNY")).build();
        Segmentation segmentation = segment(customer, Map.of());
        assertThat(segmentation.riskClass()).isEqualTo(RiskClass.HIGH);
        assertThat(segmentation.tier()).isEqualTo("STANDARD");
        assertThat(reason(segmentation, "riskClass").explanation()).contains("qualifies for VIP").contains("always STANDARD");
    }

    @Test
    void a_customer_who_declared_nothing_is_segmented_with_reasons_rather_than_failing() {
        Segmentation segmentation = segment(CustomerSnapshot.builder().customerId("c3").fullName("Zhao Min").build(), Map.of());
        assertThat(segmentation.riskClass()).isEqualTo(RiskClass.MEDIUM);
        assertThat(segmentation.tier()).isEqualTo("STANDARD");
        assertThat(reason(segmentation, "netWorth").value()).isEqualTo("not declared");
        assertThat(reason(segmentation, "netWorth").explanation()).isEqualTo("Net worth not declared, so it cannot qualify for a higher tier.");
    }

    @Test
    void the_class_is_decided_by_the_same_score_the_scorecard_model_reports() {
        CustomerSnapshot customer = customer().monthlyIncome(amount("3000"), null).monthlyExpenses(amount("2500"))
                .employmentStatus("UNEMPLOYED").card(new CustomerSnapshot.Card(amount("5000"), amount("4900"))).build();
        Map<String, String> weights = Map.of("weightDebtToIncome", "2", "basePoints", "620");
        ScorecardRiskModel model = new ScorecardRiskModel();
        RiskAssessment assessment = model.assess(Fixtures.context(model.settings(), weights), customer);
        Segmentation segmentation = segment(customer, weights);
        FactorContribution score = reason(segmentation, "score");
        assertThat(score.value()).isEqualTo(Integer.toString(assessment.score()));
        assertThat(score.contribution()).isEqualTo(assessment.score() - 620);
        assertThat(segmentation.riskClass()).isEqualTo(RiskClass.HIGH);
        assertThat(segmentation.reasons()).extracting(FactorContribution::factor)
                .contains("debtToIncome", "employmentStatus", "cardUtilisation");
        assertThat(segmentation.reasons()).filteredOn(reason -> !reason.factor().equals("score"))
                .allMatch(reason -> reason.contribution() <= 0);
    }

    @Test
    void reasons_come_largest_effect_first() {
        CustomerSnapshot customer = customer().monthlyIncome(amount("60000"), null).monthlyExpenses(amount("5000"))
                .employmentStatus("EMPLOYED").externalCreditScore(800).build();
        Segmentation segmentation = segment(customer, Map.of());
        assertThat(segmentation.riskClass()).isEqualTo(RiskClass.LOW);
        List<Double> magnitudes = segmentation.reasons().stream().map(r -> Math.abs(r.contribution())).toList();
        assertThat(magnitudes).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(segmentation.reasons().get(0).factor()).isEqualTo("score");
    }

    @Test
    void reasons_are_chinese_for_a_chinese_caller() {
        Segmentation segmentation = segmenter.segment(Fixtures.context(segmenter.settings(), pinnedScore(540), Locale.SIMPLIFIED_CHINESE),
                customer().build());
        assertThat(reason(segmentation, "score").explanation()).isEqualTo("评分 540 低于 560：风险等级为高。");
        assertThat(reason(segmentation, "monthlyIncome").explanation()).isEqualTo("未申报月收入，无法据此进入 VIP。");
    }

    private Segmentation segment(CustomerSnapshot customer, Map<String, String> settings) {
        return segmenter.segment(Fixtures.context(segmenter.settings(), settings), customer);
    }

    /** Weights at zero, so the score equals the base points and only the thresholds decide. */
    private static Map<String, String> pinnedScore(int score) {
        Map<String, String> settings = new HashMap<>(Fixtures.allWeights("0"));
        settings.put("basePoints", Integer.toString(score));
        return settings;
    }

    private static FactorContribution reason(Segmentation segmentation, String factor) {
        return segmentation.reasons().stream().filter(r -> r.factor().equals(factor)).findFirst()
                .orElseThrow(() -> new AssertionError("no reason " + factor + " in " + segmentation.reasons()));
    }
}
