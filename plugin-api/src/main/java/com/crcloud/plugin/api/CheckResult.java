package com.crcloud.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * The result of one {@link ReviewCheck} run.
 *
 * @param outcome     the conclusion
 * @param reasonCodes machine-readable codes, stable across plugin versions (e.g. {@code "EMAIL_MISSING"})
 * @param explanation human-readable explanation for the reviewer, in the context's locale where the plugin can
 */
public record CheckResult(CheckOutcome outcome, List<String> reasonCodes, String explanation) {

    public CheckResult {
        Objects.requireNonNull(outcome, "outcome");
        reasonCodes = List.copyOf(reasonCodes);
        explanation = explanation == null ? "" : explanation;
    }

    public static CheckResult pass(String explanation) {
        return new CheckResult(CheckOutcome.PASS, List.of(), explanation);
    }

    public static CheckResult of(CheckOutcome outcome, List<String> reasonCodes, String explanation) {
        return new CheckResult(outcome, reasonCodes, explanation);
    }
}
