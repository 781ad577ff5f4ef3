package com.crcloud.review.service;

import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.ReviewCase;

import java.util.List;

/**
 * What an assessment run concluded: the risk model's score, default probability and version, the segmenter's tier,
 * and the risk class — from the flow's score bands when it has them, else from the segmenter.
 */
public record ModelFigures(RiskClass riskClass, Integer score, Double probabilityOfDefault, String modelVersion, String tier) {

    static ModelFigures of(FlowDefinition flow, List<StepResult> results) {
        StepResult.Figures model = results.stream().map(StepResult::figures).filter(figures -> figures.score() != null)
                .findFirst().orElse(StepResult.Figures.NONE);
        StepResult.Figures segment = results.stream().map(StepResult::figures).filter(figures -> figures.riskClass() != null)
                .findFirst().orElse(StepResult.Figures.NONE);
        RiskClass riskClass = flow.riskBands().isEmpty() ? segment.riskClass()
                : flow.riskClassForScore(model.score()).orElse(null);
        return new ModelFigures(riskClass, model.score(), model.probabilityOfDefault(), model.modelVersion(), segment.tier());
    }

    void recordOn(ReviewCase reviewCase) {
        reviewCase.recordModel(riskClass, score, probabilityOfDefault, modelVersion, tier);
    }
}
