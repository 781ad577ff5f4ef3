package com.crcloud.flow.domain;

import com.crcloud.plugin.api.RiskClass;

import java.math.BigDecimal;

/**
 * What the decision rules of a flow can see of a case once its steps ran. A fact that is not known (null) makes
 * every condition on it false: an automatic decision never rests on missing data.
 */
public record CaseFacts(RiskClass riskClass, String tier, Integer score, Double probabilityOfDefault, Integer age,
                        BigDecimal monthlyIncome, BigDecimal monthlyExpenses, BigDecimal creditLimit, int screeningHits,
                        int checksNotPassed, String country, int overdueLoans) {

    /** The value of a field: a number as BigDecimal, a choice or text as a string, or null when not known. */
    public Object value(RuleField field) {
        return switch (field) {
            case RISK_CLASS -> riskClass == null ? null : riskClass.name();
            case TIER -> tier;
            case SCORE -> score == null ? null : BigDecimal.valueOf(score);
            case PROBABILITY_OF_DEFAULT -> probabilityOfDefault == null ? null : BigDecimal.valueOf(probabilityOfDefault);
            case AGE -> age == null ? null : BigDecimal.valueOf(age);
            case MONTHLY_INCOME -> monthlyIncome;
            case MONTHLY_EXPENSES -> monthlyExpenses;
            case CREDIT_LIMIT -> creditLimit;
            case SCREENING_HITS -> BigDecimal.valueOf(screeningHits);
            case CHECKS_NOT_PASSED -> BigDecimal.valueOf(checksNotPassed);
            case COUNTRY -> country;
            case OVERDUE_LOANS -> BigDecimal.valueOf(overdueLoans);
        };
    }
}
