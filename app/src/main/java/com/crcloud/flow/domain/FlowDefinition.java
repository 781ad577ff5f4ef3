package com.crcloud.flow.domain;

import com.crcloud.customer.domain.DocumentType;
import com.crcloud.plugin.api.RiskClass;

import java.util.List;
import java.util.Map;

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

    /** The stages of one phase, in order. */
    public List<FlowStage> stagesOf(StagePhase phase) {
        return stages.stream().filter(stage -> stage.phase() == phase).toList();
    }
}
