package com.crcloud.plugin.api;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The result of one {@link ReviewCheck} run.
 *
 * @param outcome           the conclusion
 * @param reasonCodes       machine-readable codes, stable across plugin versions (e.g. {@code "EMAIL_MISSING"})
 * @param explanation       human-readable explanation for the reviewer, in the context's locale
 * @param scoreContribution points this check adds to (or, negative, takes from) a review score, where relevant
 */
public record CheckResult(CheckOutcome outcome, List<String> reasonCodes, String explanation, OptionalDouble scoreContribution) {

    public CheckResult {
        Objects.requireNonNull(outcome, "outcome");
        reasonCodes = List.copyOf(reasonCodes);
        explanation = explanation == null ? "" : explanation;
        scoreContribution = scoreContribution == null ? OptionalDouble.empty() : scoreContribution;
    }

    public static CheckResult pass(String explanation) {
        return new CheckResult(CheckOutcome.PASS, List.of(), explanation, OptionalDouble.empty());
    }

    public static CheckResult of(CheckOutcome outcome, List<String> reasonCodes, String explanation) {
        return new CheckResult(outcome, reasonCodes, explanation, OptionalDouble.empty());
    }

    public CheckResult withScoreContribution(double points) {
        return new CheckResult(outcome, reasonCodes, explanation, OptionalDouble.of(points));
    }
}
