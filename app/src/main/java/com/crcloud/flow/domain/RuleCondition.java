package com.crcloud.flow.domain;

import java.util.Arrays;
import java.util.List;

/**
 * One condition: a field of the case, an operator and a value, all as text so that a definition naming an
 * unknown field or operator (typed by hand in an imported file) can be loaded and explained rather than refused
 * as unreadable. {@link RuleField} and {@link RuleOperator} list what is known.
 *
 * @param value for {@code IN} / {@code NOT_IN} a comma-separated list
 */
public record RuleCondition(String field, String operator, String value) {

    /** The value as the operator reads it: a list for IN / NOT IN, else one value; empty when blank. */
    public List<String> values(RuleOperator reading) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        if (reading == RuleOperator.IN || reading == RuleOperator.NOT_IN) {
            return Arrays.stream(value.split(",")).map(String::trim).filter(part -> !part.isEmpty()).toList();
        }
        return List.of(value.trim());
    }
}
