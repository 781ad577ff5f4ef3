package com.crcloud.flow.domain;

import com.crcloud.customer.domain.DocumentType;
import com.crcloud.plugin.api.RiskClass;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a review flow says, kept as JSON in drafts and published versions, and exported as a file. Plain data: a
 * definition may be invalid (while drafting, or when imported); {@code FlowValidator} says precisely where.
 *
 * @param stages            the stages in the order they run; verification stages come before assessment stages
 * @param rules             decision rules, evaluated after the assessment (auto-approve / auto-reject) and when a
 *                          reviewer proposes an approval (four-eyes)
 * @param riskBands         score intervals (0-1000, inclusive) that give the risk class; empty: the segmenter's
 *                          risk class counts
 * @param reReviewMonths    months until the next periodic review, per risk class
 * @param results           credit limit and pricing band per risk class
 * @param servicePlans      service plan per tier; tier {@code *} covers every other tier
 * @param slaHours          hours a case may stay in each stage of its life
 * @param requiredDocuments documents the customer must have on file before verification starts
 */
public record FlowDefinition(List<FlowStage> stages, List<DecisionRule> rules, List<RiskBand> riskBands,
                             Map<RiskClass, Integer> reReviewMonths, List<RiskClassResult> results, List<TierPlan> servicePlans,
                             StageSlas slaHours, List<DocumentType> requiredDocuments) {

    /** Limits are granted in whole hundreds. */
    private static final BigDecimal LIMIT_STEP = new BigDecimal("100");

    public FlowDefinition {
        stages = stages == null ? List.of() : List.copyOf(stages);
        rules = rules == null ? List.of() : List.copyOf(rules);
        riskBands = riskBands == null ? List.of() : List.copyOf(riskBands);
        reReviewMonths = reReviewMonths == null ? Map.of() : Map.copyOf(reReviewMonths);
        results = results == null ? List.of() : List.copyOf(results);
        servicePlans = servicePlans == null ? List.of() : List.copyOf(servicePlans);
        slaHours = slaHours == null ? StageSlas.DEFAULT : slaHours;
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
    }

    /** The rules of one action that hold for the facts, in their order. */
    public List<DecisionRule> matching(RuleAction action, CaseFacts facts) {
        return rules.stream().filter(rule -> rule.action() == action && rule.matches(facts)).toList();
    }

    /** The risk class the bands give a score; empty without bands or without a score. */
    public Optional<RiskClass> riskClassForScore(Integer score) {
        if (score == null) {
            return Optional.empty();
        }
        return riskBands.stream().filter(band -> band.minScore() <= score && score <= band.maxScore()).map(RiskBand::riskClass).findFirst();
    }

    /**
     * Monthly income x the risk class's multiplier, capped and rounded down to a whole hundred; zero without an
     * income; null without a risk class (or a result for it).
     */
    public BigDecimal creditLimit(RiskClass riskClass, BigDecimal monthlyIncome) {
        if (riskClass == null) {
            return null;
        }
        if (monthlyIncome == null || monthlyIncome.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return resultFor(riskClass).map(result -> monthlyIncome.multiply(result.limitMultiplier()).min(result.limitCap())
                .divide(LIMIT_STEP, 0, RoundingMode.DOWN).multiply(LIMIT_STEP).setScale(2, RoundingMode.UNNECESSARY)).orElse(null);
    }

    public String pricingBand(RiskClass riskClass) {
        return riskClass == null ? null : resultFor(riskClass).map(RiskClassResult::pricingBand).orElse(null);
    }

    /** The plan of the tier, else the plan for every other tier. */
    public String servicePlan(String tier) {
        return servicePlans.stream().filter(plan -> plan.tier() != null && plan.tier().equalsIgnoreCase(tier)).findFirst()
                .or(() -> servicePlans.stream().filter(plan -> TierPlan.ANY_OTHER.equals(plan.tier())).findFirst())
                .map(TierPlan::servicePlan).orElse(null);
    }

    /** The next periodic review after an approval today. */
    public LocalDate nextReviewDate(RiskClass riskClass, LocalDate today) {
        return today.plusMonths(reReviewMonths.getOrDefault(riskClass, 12));
    }

    private Optional<RiskClassResult> resultFor(RiskClass riskClass) {
        return results.stream().filter(result -> result.riskClass() == riskClass).findFirst();
    }

    /** The stages of one phase, in order. */
    public List<FlowStage> stagesOf(StagePhase phase) {
        return stages.stream().filter(stage -> stage.phase() == phase).toList();
    }
}
