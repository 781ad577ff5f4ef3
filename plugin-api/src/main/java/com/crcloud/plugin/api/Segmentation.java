package com.crcloud.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * The output of a {@link Segmenter}.
 *
 * @param riskClass the risk class
 * @param tier      the service tier, e.g. {@code VIP} or {@code STANDARD} (tenant-defined names are allowed)
 * @param reasons   the factors behind both, largest effect first; never empty
 */
public record Segmentation(RiskClass riskClass, String tier, List<FactorContribution> reasons) {

    public Segmentation {
        Objects.requireNonNull(riskClass, "riskClass");
        Objects.requireNonNull(tier, "tier");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A segmentation must give its reasons");
        }
    }
}
