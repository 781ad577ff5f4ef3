package com.crcloud.flow.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The facts of a case a rule may test, with the kind of value each holds. */
public enum RuleField {
    RISK_CLASS(Kind.CHOICE),
    TIER(Kind.TEXT),
    SCORE(Kind.NUMBER),
    PROBABILITY_OF_DEFAULT(Kind.NUMBER),
    AGE(Kind.NUMBER),
    MONTHLY_INCOME(Kind.NUMBER),
    MONTHLY_EXPENSES(Kind.NUMBER),
    CREDIT_LIMIT(Kind.NUMBER),
    SCREENING_HITS(Kind.NUMBER),
    CHECKS_NOT_PASSED(Kind.NUMBER),
    COUNTRY(Kind.TEXT),
    OVERDUE_LOANS(Kind.NUMBER);

    /** How values of a field compare. */
    public enum Kind { NUMBER, TEXT, CHOICE }

    private final Kind kind;

    RuleField(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The operators that make sense for this field. */
    public List<RuleOperator> operators() {
        return Arrays.stream(RuleOperator.values()).filter(operator -> operator.appliesTo(kind)).toList();
    }

    public static Optional<RuleField> parse(String name) {
        return Arrays.stream(values()).filter(field -> field.name().equals(name)).findFirst();
    }
}
