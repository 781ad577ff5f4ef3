package com.crcloud.plugins.segmentation;

import org.pf4j.Plugin;

/**
 * Plugin entry point. The work is done by two extensions that share one scorecard: the {@link ScorecardRiskModel}
 * ({@code "scorecard"}) and the {@link RiskTierSegmenter} ({@code "risk-tier"}).
 */
public class SegmentationPlugin extends Plugin {
}
