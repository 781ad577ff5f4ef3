package com.crcloud.plugin.api;

import java.util.List;

/**
 * The output of a {@link RiskModel}.
 *
 * @param probabilityOfDefault estimated probability of default over the model's horizon, 0..1
 * @param score                the model's score (higher is safer), for display and thresholds
 * @param factors              every factor with its contribution, largest effect first; never empty
 * @param modelVersion         identifies coefficients/weights, so a stored assessment can be reproduced
 */
public record RiskAssessment(double probabilityOfDefault, int score, List<FactorContribution> factors, String modelVersion) {

    public RiskAssessment {
        if (Double.isNaN(probabilityOfDefault) || probabilityOfDefault < 0 || probabilityOfDefault > 1) {
            throw new IllegalArgumentException("probabilityOfDefault must be within 0..1, got " + probabilityOfDefault);
        }
        factors = List.copyOf(factors);
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("An assessment must list the factors that drove it");
        }
    }
}
