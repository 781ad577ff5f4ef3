package com.crcloud.plugins.segmentation;

import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.FactorContribution;
import com.crcloud.plugin.api.RiskAssessment;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.SettingProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.crcloud.plugins.segmentation.Fixtures.amount;
import static com.crcloud.plugins.segmentation.Fixtures.customer;
import static com.crcloud.plugins.segmentation.Fixtures.loan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScorecardRiskModelTest {

    private final ScorecardRiskModel model = new ScorecardRiskModel();

    @ParameterizedTest(name = "monthly income {0} earns {1} points")
    @CsvSource({"0,-20", "4999.99,-20", "5000,-5", "9999.99,-5", "10000,5", "19999.99,5", "20000,15", "49999.99,15", "50000,25", "900000,25"})
    void monthly_income_falls_into_its_bin(String income, int points) {
        CustomerSnapshot customer = customer().monthlyIncome(amount(income), "SALARY").build();
        assertThat(factor(customer, "monthlyIncome").contribution()).isEqualTo(points);
    }

    @ParameterizedTest(name = "expenses {0} on income 10,000 earn {1} points")
    @CsvSource({"0,25", "1999,25", "2000,10", "3499,10", "3500,0", "4999,0", "5000,-20", "6999,-20", "7000,-40", "15000,-40"})
    void debt_to_income_falls_into_its_bin(String expenses, int points) {
        CustomerSnapshot customer = customer().monthlyIncome(amount("10000"), null).monthlyExpenses(amount(expenses)).build();
        assertThat(factor(customer, "debtToIncome").contribution()).isEqualTo(points);
    }

    @Test
    void debt_to_income_spreads_open_loan_balances_over_36_months_and_ignores_closed_loans() {
        CustomerSnapshot customer = customer().monthlyIncome(amount("10000"), null).monthlyExpenses(amount("1000"))
                .loan(loan("CURRENT", "36000")).loan(loan("CLOSED", "900000")).build();
        FactorContribution dti = factor(customer, "debtToIncome");
        assertThat(dti.value()).isEqualTo("0.20");
        assertThat(dti.contribution()).isEqualTo(10);
    }

    @ParameterizedTest(name = "worst overdue of {0} days earns {1} points")
    @CsvSource({"0,20", "1,-5", "29,-5", "30,-25", "59,-25", "60,-45", "89,-45", "90,-70", "400,-70"})
    void worst_overdue_days_fall_into_their_bin(int days, int points) {
        CustomerSnapshot customer = customer().loan(loan("CURRENT", "1000"))
                .overdueEvent(new CustomerSnapshot.OverdueEvent(Fixtures.TODAY.minusMonths(3), days, amount("500"))).build();
        assertThat(factor(customer, "worstOverdueDays").contribution()).isEqualTo(points);
    }

    @Test
    void only_overdue_events_of_the_last_24_months_count() {
        CustomerSnapshot customer = customer().loan(loan("CURRENT", "1000"))
                .overdueEvent(new CustomerSnapshot.OverdueEvent(Fixtures.TODAY.minusMonths(24).minusDays(1), 120, amount("500")))
                .overdueEvent(new CustomerSnapshot.OverdueEvent(Fixtures.TODAY.minusMonths(24), 45, amount("500"))).build();
        FactorContribution overdue = factor(customer, "worstOverdueDays");
        assertThat(overdue.value()).isEqualTo("45");
        assertThat(overdue.contribution()).isEqualTo(-25);
    }

    @Test
    void a_customer_without_any_credit_record_is_neutral_on_overdue_rather_than_rewarded() {
        assertThat(factor(customer().build(), "worstOverdueDays").contribution()).isZero();
    }

    @ParameterizedTest(name = "card balance {0} of 1,000 earns {1} points")
    @CsvSource({"0,15", "299,15", "300,5", "499,5", "500,-10", "799,-10", "800,-25", "1200,-25"})
    void card_utilisation_falls_into_its_bin(String balance, int points) {
        CustomerSnapshot customer = customer().card(new CustomerSnapshot.Card(amount("1000"), amount(balance))).build();
        assertThat(factor(customer, "cardUtilisation").contribution()).isEqualTo(points);
    }

    @Test
    void card_utilisation_is_the_average_over_cards_with_a_limit() {
        CustomerSnapshot customer = customer().card(new CustomerSnapshot.Card(amount("1000"), amount("200")))
                .card(new CustomerSnapshot.Card(amount("2000"), amount("1600")))
                .card(new CustomerSnapshot.Card(amount("0"), amount("50"))).build();
        FactorContribution utilisation = factor(customer, "cardUtilisation");
        assertThat(utilisation.value()).isEqualTo("50%");
        assertThat(utilisation.contribution()).isEqualTo(-10);
    }

    @ParameterizedTest(name = "assets {0} less liabilities {1} earn {2} points")
    @CsvSource({"0,1,-25", "500,500,-5", "99999,0,-5", "100000,0,5", "1200000,200001,5", "1000000,0,15", "4999999.99,0,15",
            "5000000,0,25"})
    void net_worth_is_assets_less_liabilities_and_falls_into_its_bin(String assets, String liabilities, int points) {
        CustomerSnapshot customer = customer().asset(new CustomerSnapshot.Holding("DEPOSIT", amount(assets), "CNY"))
                .liability(new CustomerSnapshot.Holding("MORTGAGE", amount(liabilities), "CNY")).build();
        assertThat(factor(customer, "netWorth").contribution()).isEqualTo(points);
    }

    @ParameterizedTest(name = "employment {0} earns {1} points")
    @CsvSource({"EMPLOYED,15", "self_employed,5", "RETIRED,5", "STUDENT,-10", "UNEMPLOYED,-25", "FREELANCER,0"})
    void employment_status_earns_its_points(String status, int points) {
        assertThat(factor(customer().employmentStatus(status).build(), "employmentStatus").contribution()).isEqualTo(points);
    }

    @ParameterizedTest(name = "external score {0} earns {1} points")
    @CsvSource({"300,-40", "549,-40", "550,-15", "649,-15", "650,5", "719,5", "720,20", "779,20", "780,35", "850,35"})
    void external_credit_score_falls_into_its_bin(int score, int points) {
        assertThat(factor(customer().externalCreditScore(score).build(), "externalCreditScore").contribution()).isEqualTo(points);
    }

    @ParameterizedTest(name = "loans [{0}] earn {1} points")
    @CsvSource({"'',-5", "CLOSED,15", "CLOSED;CURRENT,15", "CLOSED;CURRENT;closed,25", "CLOSED;OVERDUE,-10",
            "OVERDUE;OVERDUE;CLOSED,-25", "CLOSED;CLOSED;CLOSED;DEFAULTED,-60"})
    void credit_history_rewards_clean_repayment_and_punishes_default(String statuses, int points) {
        CustomerSnapshot.Builder builder = customer();
        Arrays.stream(statuses.split(";")).filter(status -> !status.isEmpty()).forEach(status -> builder.loan(loan(status, "0")));
        assertThat(factor(builder.build(), "creditHistory").contribution()).isEqualTo(points);
    }

    @Test
    void the_amount_scale_moves_income_and_net_worth_bands_for_other_currencies() {
        CustomerSnapshot customer = customer().currency("USD").monthlyIncome(amount("1400"), null)
                .asset(new CustomerSnapshot.Holding("DEPOSIT", amount("14000"), "USD")).build();
        Map<String, Integer> points = pointsByFactor(assess(customer, Map.of("amountScale", "0.14")));
        assertThat(points).containsEntry("monthlyIncome", 5).containsEntry("netWorth", 5);
    }

    @Test
    void every_factor_is_listed_and_the_contributions_add_up_to_score_minus_base_points() {
        CustomerSnapshot customer = rich();
        Map<String, String> weights = new HashMap<>(Fixtures.allWeights("1.5"));
        weights.put("basePoints", "620");
        RiskAssessment assessment = assess(customer, weights);
        assertThat(assessment.factors()).extracting(FactorContribution::factor).containsExactlyInAnyOrder("monthlyIncome",
                "debtToIncome", "creditHistory", "worstOverdueDays", "cardUtilisation", "netWorth", "employmentStatus",
                "externalCreditScore");
        double sum = assessment.factors().stream().mapToDouble(FactorContribution::contribution).sum();
        assertThat(sum).isEqualTo(assessment.score() - 620);
    }

    @Test
    void factors_are_sorted_by_absolute_contribution_largest_first() {
        List<Double> magnitudes = assess(rich(), Map.of()).factors().stream().map(f -> Math.abs(f.contribution())).toList();
        assertThat(magnitudes).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @ParameterizedTest(name = "weight {0} turns -5 income points into {1}")
    @CsvSource({"1.0,-5", "2,-10", "0,0", "1.5,-8", "0.3,-2", "3,-15"})
    void a_weight_scales_its_factor_rounding_half_away_from_zero(String weight, int points) {
        CustomerSnapshot customer = customer().monthlyIncome(amount("6000"), null).build();
        FactorContribution income = factor(customer, "monthlyIncome", Map.of("weightIncome", weight));
        assertThat(income.contribution()).isEqualTo(points);
    }

    @Test
    void a_weight_other_than_one_is_shown_in_the_explanation() {
        CustomerSnapshot customer = customer().monthlyIncome(amount("6000"), null).build();
        assertThat(factor(customer, "monthlyIncome", Map.of("weightIncome", "2")).explanation())
                .isEqualTo("Monthly income 6,000 CNY is from 5,000 to under 10,000: -10 points (-5 × weight 2).");
    }

    @Test
    void the_probability_of_default_follows_the_documented_worked_example() {
        assertThat(ScorecardRiskModel.probabilityOfDefault(600, 600, 3.0, 20)).isCloseTo(0.04743, within(1e-5));
        assertThat(ScorecardRiskModel.probabilityOfDefault(620, 600, 3.0, 20)).isCloseTo(0.02429, within(1e-5));
        assertThat(ScorecardRiskModel.probabilityOfDefault(560, 600, 3.0, 20)).isCloseTo(0.16607, within(1e-5));
        assertThat(ScorecardRiskModel.probabilityOfDefault(680, 600, 3.0, 20)).isCloseTo(0.00310, within(1e-5));
    }

    @ParameterizedTest(name = "intercept {0}, {1} points to double the odds")
    @CsvSource({"3.0,20", "-10,5", "10,5", "0,100"})
    void the_probability_of_default_decreases_with_the_score_and_stays_strictly_between_0_and_1(double intercept, int pdo) {
        double previous = 1;
        for (int score = -2000; score <= 3000; score += 5) {
            double pd = ScorecardRiskModel.probabilityOfDefault(score, 600, intercept, pdo);
            assertThat(pd).isGreaterThan(0).isLessThan(1).isLessThanOrEqualTo(previous);
            previous = pd;
        }
        assertThat(ScorecardRiskModel.probabilityOfDefault(601, 600, intercept, pdo))
                .isLessThan(ScorecardRiskModel.probabilityOfDefault(600, 600, intercept, pdo));
    }

    @Test
    void a_customer_with_nothing_declared_is_scored_with_the_missing_data_bins_instead_of_failing() {
        CustomerSnapshot bare = CustomerSnapshot.builder().customerId("c2").fullName("Li Lei").build();
        RiskAssessment assessment = assess(bare, Map.of());
        Map<String, Integer> points = pointsByFactor(assessment);
        assertThat(points).containsEntry("monthlyIncome", -10).containsEntry("debtToIncome", -10)
                .containsEntry("creditHistory", -5).containsEntry("worstOverdueDays", 0).containsEntry("cardUtilisation", 0)
                .containsEntry("netWorth", -5).containsEntry("employmentStatus", -5).containsEntry("externalCreditScore", 0);
        assertThat(assessment.score()).isEqualTo(565);
        assertThat(assessment.probabilityOfDefault()).isBetween(0.0, 1.0);
        assertThat(factorOf(assessment, "monthlyIncome").value()).isEqualTo("not declared");
        assertThat(factorOf(assessment, "monthlyIncome").explanation()).isEqualTo("Income not declared: -10 points.");
    }

    @Test
    void debt_to_income_without_declared_expenses_is_not_computable_and_says_why() {
        CustomerSnapshot customer = customer().monthlyIncome(amount("10000"), null).build();
        FactorContribution dti = factor(customer, "debtToIncome");
        assertThat(dti.value()).isEqualTo("not computable");
        assertThat(dti.explanation()).contains("monthly expenses not declared");
    }

    @Test
    void explanations_are_chinese_for_a_chinese_caller() {
        RiskAssessment assessment = model.assess(Fixtures.context(model.settings(), Map.of(), Locale.SIMPLIFIED_CHINESE),
                customer().monthlyIncome(amount("12000"), null).build());
        assertThat(factorOf(assessment, "monthlyIncome").explanation()).isEqualTo("月收入 12,000 CNY 在 10,000 至 20,000（不含）之间：+5 分。");
        assertThat(factorOf(assessment, "netWorth").value()).isEqualTo("未申报");
    }

    @Test
    void the_model_version_names_the_model_and_changes_with_the_weights_but_not_with_their_spelling() {
        CustomerSnapshot customer = rich();
        String defaults = assess(customer, Map.of()).modelVersion();
        assertThat(defaults).matches("scorecard-1\\.0/w=[0-9a-f]{12}");
        assertThat(assess(customer, Map.of("weightIncome", "1.00")).modelVersion()).isEqualTo(defaults);
        assertThat(assess(customer, Map.of("weightIncome", "1.1")).modelVersion()).isNotEqualTo(defaults);
        assertThat(assess(customer, Map.of("weightExternalScore", "0")).modelVersion()).isNotEqualTo(defaults);
        assertThat(assess(customer, Map.of("pointsToDoubleOdds", "40")).modelVersion()).isNotEqualTo(defaults);
    }

    @ParameterizedTest(name = "setting {0} rejects {1}")
    @CsvSource({"weightIncome,3.01,must be at most 3", "weightNetWorth,-0.1,must be at least 0", "basePoints,299,must be at least 300",
            "basePoints,600.5,'600.5' is not a whole number", "pointsToDoubleOdds,4,must be at least 5", "pointsToDoubleOdds,101,must be at most 100"})
    void settings_are_bounded(String name, String value, String message) {
        SettingDefinition definition = model.settings().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
        assertThat(definition.validate(value)).map(SettingProblem::englishMessage).contains(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"weightIncome", "weightDebtToIncome", "weightCreditHistory", "weightOverdue", "weightCardUtilisation",
            "weightNetWorth", "weightEmployment", "weightExternalScore"})
    void every_factor_has_a_weight_defaulting_to_one(String name) {
        SettingDefinition definition = model.settings().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
        assertThat(definition.defaultValue()).isEqualTo("1.0");
        assertThat(definition.validate("0")).isEmpty();
        assertThat(definition.validate("3")).isEmpty();
    }

    private RiskAssessment assess(CustomerSnapshot customer, Map<String, String> settings) {
        return model.assess(Fixtures.context(model.settings(), settings), customer);
    }

    private FactorContribution factor(CustomerSnapshot customer, String name) {
        return factor(customer, name, Map.of());
    }

    private FactorContribution factor(CustomerSnapshot customer, String name, Map<String, String> settings) {
        return factorOf(assess(customer, settings), name);
    }

    private static FactorContribution factorOf(RiskAssessment assessment, String name) {
        return assessment.factors().stream().filter(f -> f.factor().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Integer> pointsByFactor(RiskAssessment assessment) {
        Map<String, Integer> points = new HashMap<>();
        assessment.factors().forEach(f -> points.put(f.factor(), (int) f.contribution()));
        return points;
    }

    /** A customer with a value on every factor, several of them giving odd points so weighting rounds. */
    private static CustomerSnapshot rich() {
        return customer().monthlyIncome(amount("25000"), "SALARY").monthlyExpenses(amount("6000")).employmentStatus("EMPLOYED")
                .loan(loan("CLOSED", "0")).loan(loan("CURRENT", "72000"))
                .card(new CustomerSnapshot.Card(amount("20000"), amount("7000")))
                .overdueEvent(new CustomerSnapshot.OverdueEvent(Fixtures.TODAY.minusMonths(5), 12, amount("800")))
                .asset(new CustomerSnapshot.Holding("PROPERTY", amount("2500000"), "CNY"))
                .liability(new CustomerSnapshot.Holding("MORTGAGE", amount("900000"), "CNY"))
                .externalCreditScore(700).build();
    }
}
