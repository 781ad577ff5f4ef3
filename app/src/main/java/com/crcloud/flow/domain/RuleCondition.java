package com.crcloud.flow.domain;

/**
 * One condition: a field of the case, an operator and a value, all as text so that a definition naming an
 * unknown field or operator (typed by hand in an imported file) can be loaded and explained rather than refused
 * as unreadable. {@link RuleField} and {@link RuleOperator} list what is known.
 *
 * @param value for {@code IN} / {@code NOT_IN} a comma-separated list
 */
public record RuleCondition(String field, String operator, String value) {
}
