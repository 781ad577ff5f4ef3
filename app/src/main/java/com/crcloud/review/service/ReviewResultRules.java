package com.crcloud.review.service;

import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.ReviewPolicy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** The tenant policy's arithmetic: limits, four-eyes, due dates and next review dates. */
public final class ReviewResultRules {

    /** Limits are granted in whole hundreds. */
    private static final BigDecimal LIMIT_STEP = new BigDecimal("100");

    private ReviewResultRules() {
    }

    /** Monthly income × the risk class's multiplier, rounded down to a hundred and capped; zero without an income. */
    public static BigDecimal creditLimit(ReviewPolicy policy, RiskClass riskClass, BigDecimal monthlyIncome) {
        if (monthlyIncome == null || monthlyIncome.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal raw = monthlyIncome.multiply(policy.limitMultiplier(riskClass)).min(policy.getLimitCap());
        return raw.divide(LIMIT_STEP, 0, RoundingMode.DOWN).multiply(LIMIT_STEP).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** An approval needs a second person at or above the policy's risk class, or above its limit. */
    public static boolean needsFourEyes(ReviewPolicy policy, RiskClass riskClass, BigDecimal creditLimit) {
        boolean riskyEnough = riskClass == null || riskClass.compareTo(policy.getFourEyesRiskClass()) >= 0;
        boolean largeEnough = creditLimit != null && creditLimit.compareTo(policy.getFourEyesLimitAbove()) > 0;
        return riskyEnough || largeEnough;
    }

    public static Instant dueAt(ReviewPolicy policy, CaseStage stage, Instant enteredAt) {
        return enteredAt.plus(Duration.ofHours(policy.slaHours(stage)));
    }

    public static LocalDate nextReviewDate(ReviewPolicy policy, RiskClass riskClass, LocalDate decidedOn) {
        return decidedOn.plusMonths(policy.reReviewMonths(riskClass));
    }
}
