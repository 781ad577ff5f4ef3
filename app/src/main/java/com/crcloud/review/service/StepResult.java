package com.crcloud.review.service;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.FactorContribution;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.plugin.api.ScreeningHit;
import com.crcloud.pluginhost.service.ExtensionKind;

import java.util.List;

/**
 * What one automated step concluded about a customer, side by side with the others.
 *
 * @param extensionKey  {@code pluginId/extensionId}
 * @param extensionName the extension's name in the user's language
 * @param status        PASS / WARN / FAIL, or ERROR when the extension failed, timed out or gave no usable answer
 * @param summary       one line: reason codes, hit count, probability of default, risk class and tier
 * @param explanation   the extension's explanation, or the cause of an ERROR
 * @param factors       the factors behind a score, segmentation or screening hit, largest first
 * @param millis        how long the call took
 * @param figures       the figures a risk model, segmenter or screening provider produced; {@link Figures#NONE} for checks
 * @param hits          every hit a screening provider raised, best first; empty for other steps
 */
public record StepResult(String extensionKey, String extensionName, ExtensionKind kind, CheckOutcome status, String summary,
                         List<String> reasonCodes, String explanation, List<FactorContribution> factors, long millis,
                         Figures figures, List<ScreeningHit> hits) {

    /**
     * Score and probability of default from a risk model; risk class and tier from a segmenter; number of hits and
     * the best hit's score from a screening provider.
     */
    public record Figures(Integer score, Double probabilityOfDefault, String modelVersion, RiskClass riskClass, String tier,
                          Integer screeningHits, Double bestHitScore) {
        public static final Figures NONE = new Figures(null, null, null, null, null, null, null);

        public static Figures model(int score, double probabilityOfDefault, String modelVersion) {
            return new Figures(score, probabilityOfDefault, modelVersion, null, null, null, null);
        }

        public static Figures segment(RiskClass riskClass, String tier) {
            return new Figures(null, null, null, riskClass, tier, null, null);
        }

        public static Figures screening(int hits, Double bestHitScore) {
            return new Figures(null, null, null, null, null, hits, bestHitScore);
        }
    }

    public StepResult {
        reasonCodes = List.copyOf(reasonCodes);
        factors = List.copyOf(factors);
        hits = List.copyOf(hits);
    }
}
