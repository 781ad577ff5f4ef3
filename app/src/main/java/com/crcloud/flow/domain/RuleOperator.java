package com.crcloud.flow.domain;

import java.util.Arrays;
import java.util.Optional;

/** How a condition compares a field with its value. */
public enum RuleOperator {
    EQUALS(true),
    NOT_EQUALS(true),
    IN(true),
    NOT_IN(true),
    LESS_THAN(false),
    LESS_OR_EQUAL(false),
    GREATER_THAN(false),
    GREATER_OR_EQUAL(false);

    private final boolean forEveryKind;

    RuleOperator(boolean forEveryKind) {
        this.forEveryKind = forEveryKind;
    }

    /** Ordering operators need numbers; equality and membership work for every field. */
    public boolean appliesTo(RuleField.Kind kind) {
        return forEveryKind || kind == RuleField.Kind.NUMBER;
    }

    public static Optional<RuleOperator> parse(String name) {
        return Arrays.stream(values()).filter(operator -> operator.name().equals(name)).findFirst();
    }
}
