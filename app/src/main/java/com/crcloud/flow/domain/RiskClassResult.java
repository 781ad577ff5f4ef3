package com.crcloud.flow.domain;

import com.crcloud.plugin.api.RiskClass;

import java.math.BigDecimal;

/**
 * The result an approval applies for a risk class: credit limit = monthly income x multiplier, at most the cap
 * (a multiplier of 0 grants no credit), and the pricing band.
 */
public record RiskClassResult(RiskClass riskClass, BigDecimal limitMultiplier, BigDecimal limitCap, String pricingBand) {
}
