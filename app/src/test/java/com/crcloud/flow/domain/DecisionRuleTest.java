package com.crcloud.flow.domain;

import com.crcloud.plugin.api.RiskClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionRuleTest {

    private static final CaseFacts FACTS = new CaseFacts(RiskClass.LOW, "VIP", 720, 0.02, 17, new BigDecimal("8000"),
            new BigDecimal("2500"), new BigDecimal("48000.00"), 0, 1, "CN", 0);

    @ParameterizedTest(name = "{0} {1} {2} holds: {3}")
    @CsvSource(delimiter = '|', value = {
            "RISK_CLASS             | EQUALS           | LOW          | true",
            "RISK_CLASS             | EQUALS           | low          | true",
            "RISK_CLASS             | IN               | MEDIUM, HIGH | false",
            "RISK_CLASS             | NOT_IN           | MEDIUM, HIGH | true",
            "AGE                    | LESS_THAN        | 18           | true",
            "AGE                    | GREATER_OR_EQUAL | 18           | false",
            "SCORE                  | GREATER_THAN     | 700          | true",
            "SCORE                  | LESS_OR_EQUAL    | 719          | false",
            "PROBABILITY_OF_DEFAULT | LESS_THAN        | 0.05         | true",
            "CREDIT_LIMIT           | GREATER_THAN     | 50000        | false",
            "CREDIT_LIMIT           | EQUALS           | 48000        | true",
            "SCREENING_HITS         | EQUALS           | 0            | true",
            "CHECKS_NOT_PASSED      | EQUALS           | 0            | false",
            "COUNTRY                | NOT_EQUALS       | CN           | false",
            "TIER                   | EQUALS           | vip          | true",
            "MONTHLY_EXPENSES       | LESS_THAN        | 2500.01      | true",
            "AGE                    | LESS_THAN        | eighteen     | false",
            "AGEE                   | LESS_THAN        | 18           | false",
            "RISK_CLASS             | LESS_THAN        | HIGH         | false",
    })
    void a_condition_holds_by_the_kind_of_its_field(String field, String operator, String value, boolean holds) {
        DecisionRule rule = new DecisionRule("rule", RuleAction.AUTO_APPROVE, RuleMatch.ALL, List.of(new RuleCondition(field, operator, value)));

        assertThat(rule.matches(FACTS)).isEqualTo(holds);
    }

    @Test
    void all_conditions_must_hold_for_ALL_and_one_is_enough_for_ANY() {
        List<RuleCondition> conditions = List.of(new RuleCondition("RISK_CLASS", "EQUALS", "LOW"), new RuleCondition("SCREENING_HITS", "GREATER_THAN", "0"));

        assertThat(new DecisionRule("all", RuleAction.AUTO_APPROVE, RuleMatch.ALL, conditions).matches(FACTS)).isFalse();
        assertThat(new DecisionRule("any", RuleAction.AUTO_APPROVE, RuleMatch.ANY, conditions).matches(FACTS)).isTrue();
    }

    @Test
    void an_unknown_fact_satisfies_no_condition_so_nothing_is_decided_on_missing_data() {
        CaseFacts unknown = new CaseFacts(null, null, null, null, null, null, null, null, 0, 0, null, 0);

        assertThat(new DecisionRule("r", RuleAction.AUTO_APPROVE, RuleMatch.ALL, List.of(new RuleCondition("RISK_CLASS", "NOT_EQUALS", "HIGH")))
                .matches(unknown)).isFalse();
        assertThat(new DecisionRule("r", RuleAction.AUTO_REJECT, RuleMatch.ALL, List.of(new RuleCondition("AGE", "LESS_THAN", "18")))
                .matches(unknown)).isFalse();
    }

    @Test
    void a_rule_without_conditions_never_holds() {
        assertThat(new DecisionRule("empty", RuleAction.AUTO_APPROVE, RuleMatch.ANY, List.of()).matches(FACTS)).isFalse();
    }
}
