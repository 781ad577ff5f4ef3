package com.crcloud.plugin.api;

import java.util.Objects;

/**
 * One factor of an explainable score: what it is, the customer's value, and how much it moved the result.
 *
 * @param factor       stable machine name, e.g. {@code "debtToIncome"}
 * @param value        the customer's value of the factor as shown to a reviewer, e.g. {@code "0.42"}
 * @param contribution points (or log-odds) this factor added; negative lowers the result
 * @param explanation  human-readable sentence in the context's locale
 */
public record FactorContribution(String factor, String value, double contribution, String explanation) {

    public FactorContribution {
        Objects.requireNonNull(factor, "factor");
        value = value == null ? "" : value;
        explanation = explanation == null ? "" : explanation;
    }
}
