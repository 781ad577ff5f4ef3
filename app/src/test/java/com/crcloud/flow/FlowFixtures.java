package com.crcloud.flow;

import com.crcloud.flow.domain.DecisionRule;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.FlowStage;
import com.crcloud.flow.domain.FlowStep;
import com.crcloud.flow.domain.RiskClassResult;
import com.crcloud.flow.domain.RuleAction;
import com.crcloud.flow.domain.RuleCondition;
import com.crcloud.flow.domain.RuleMatch;
import com.crcloud.flow.domain.StagePhase;
import com.crcloud.flow.domain.StageSlas;
import com.crcloud.flow.domain.StepConsequence;
import com.crcloud.flow.domain.TierPlan;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.pluginhost.service.InstalledExtension;
import com.crcloud.pluginhost.service.TenantExtension;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A valid flow over four made-up extensions, for tests to break one thing at a time. */
public final class FlowFixtures {

    public static final String CHECK = "kyc/id-check";
    public static final String SCREENING = "compliance/screening";
    public static final String MODEL = "kyc/scorecard";
    public static final String SEGMENTER = "segmentation/segmenter";

    private FlowFixtures() {
    }

    public static List<TenantExtension> extensions() {
        return List.of(
                extension(CHECK, ExtensionKind.REVIEW_CHECK, true),
                extension(SCREENING, ExtensionKind.SCREENING_PROVIDER, true),
                extension(MODEL, ExtensionKind.RISK_MODEL, true),
                extension(SEGMENTER, ExtensionKind.SEGMENTER, true),
                extension("feedback/email", ExtensionKind.FEEDBACK_CHANNEL, true),
                extension("kyc/old-check", ExtensionKind.REVIEW_CHECK, false));
    }

    public static TenantExtension extension(String key, ExtensionKind kind, boolean enabled) {
        String[] parts = key.split("/");
        List<SettingDefinition> settings = List.of(SettingDefinition.integer("threshold", "Threshold", "阈值", 50, 0, 100));
        return new TenantExtension(new InstalledExtension(parts[0], "1.0.0", kind, parts[1], Map.of("en", parts[1]), settings, null),
                enabled, Map.of(), null, 0);
    }

    public static FlowStep step(String key) {
        return new FlowStep(key, Map.of(), false, StepConsequence.CONTINUE, StepConsequence.MANUAL_REVIEW, StepConsequence.MANUAL_REVIEW);
    }

    public static DecisionRule rule(String name, RuleAction action, String field, String operator, String value) {
        return new DecisionRule(name, action, RuleMatch.ALL, List.of(new RuleCondition(field, operator, value)));
    }

    public static FlowDefinition valid() {
        return new FlowDefinition(
                List.of(new FlowStage("Identity", StagePhase.VERIFICATION, List.of(step(CHECK), step(SCREENING))),
                        new FlowStage("Risk", StagePhase.ASSESSMENT, List.of(step(MODEL), step(SEGMENTER)))),
                List.of(rule("Low risk", RuleAction.AUTO_APPROVE, "RISK_CLASS", "EQUALS", "LOW"),
                        rule("Large limits", RuleAction.REQUIRE_FOUR_EYES, "CREDIT_LIMIT", "GREATER_THAN", "50000")),
                List.of(),
                Map.of(RiskClass.LOW, 24, RiskClass.MEDIUM, 12, RiskClass.HIGH, 6),
                List.of(new RiskClassResult(RiskClass.LOW, new BigDecimal("6"), new BigDecimal("200000"), "A"),
                        new RiskClassResult(RiskClass.MEDIUM, new BigDecimal("3"), new BigDecimal("200000"), "B"),
                        new RiskClassResult(RiskClass.HIGH, new BigDecimal("1"), new BigDecimal("200000"), "C")),
                List.of(new TierPlan("VIP", "Premier"), new TierPlan(TierPlan.ANY_OTHER, "Standard")),
                StageSlas.DEFAULT, List.of());
    }
}
