package com.crcloud.flow.domain;

import com.crcloud.plugin.api.RiskClass;

/** Scores from {@code minScore} to {@code maxScore} (both inclusive) give this risk class. */
public record RiskBand(RiskClass riskClass, int minScore, int maxScore) {
}
