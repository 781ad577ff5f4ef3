package com.crcloud.flow.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A readable decision rule: "ACTION when ALL/ANY of these conditions hold", e.g. auto-approve when risk class
 * equals LOW and screening hits equals 0 and checks not passed equals 0.
 */
public record DecisionRule(String name, RuleAction action, RuleMatch match, List<RuleCondition> conditions) {

    public DecisionRule {
        match = match == null ? RuleMatch.ALL : match;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** Whether the rule holds for the facts; a rule with an unknown field or operator never holds (validation names it). */
    public boolean matches(CaseFacts facts) {
        if (conditions.isEmpty()) {
            return false;
        }
        return match == RuleMatch.ALL ? conditions.stream().allMatch(condition -> holds(condition, facts))
                : conditions.stream().anyMatch(condition -> holds(condition, facts));
    }

    private static boolean holds(RuleCondition condition, CaseFacts facts) {
        Optional<RuleField> field = RuleField.parse(condition.field());
        Optional<RuleOperator> operator = RuleOperator.parse(condition.operator());
        if (field.isEmpty() || operator.isEmpty() || !operator.get().appliesTo(field.get().kind())) {
            return false;
        }
        Object actual = facts.value(field.get());
        List<String> expected = condition.values(operator.get());
        if (actual == null || expected.isEmpty()) {
            return false;
        }
        return switch (operator.get()) {
            case EQUALS, IN -> expected.stream().anyMatch(value -> same(actual, value));
            case NOT_EQUALS, NOT_IN -> expected.stream().noneMatch(value -> same(actual, value));
            case LESS_THAN -> compare(actual, expected.get(0)).map(order -> order < 0).orElse(false);
            case LESS_OR_EQUAL -> compare(actual, expected.get(0)).map(order -> order <= 0).orElse(false);
            case GREATER_THAN -> compare(actual, expected.get(0)).map(order -> order > 0).orElse(false);
            case GREATER_OR_EQUAL -> compare(actual, expected.get(0)).map(order -> order >= 0).orElse(false);
        };
    }

    /** Numbers compare by value (1 = 1.0), text ignoring case. */
    private static boolean same(Object actual, String expected) {
        if (actual instanceof BigDecimal number) {
            return compare(number, expected).map(order -> order == 0).orElse(false);
        }
        return actual.toString().trim().toUpperCase(Locale.ROOT).equals(expected.toUpperCase(Locale.ROOT));
    }

    private static Optional<Integer> compare(Object actual, String expected) {
        if (!(actual instanceof BigDecimal number)) {
            return Optional.empty();
        }
        try {
            return Optional.of(number.compareTo(new BigDecimal(expected)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
