package com.crcloud.flow.service;

import com.crcloud.flow.domain.DecisionRule;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.FlowStage;
import com.crcloud.flow.domain.FlowStep;
import com.crcloud.flow.domain.RiskBand;
import com.crcloud.flow.domain.RiskClassResult;
import com.crcloud.flow.domain.RuleCondition;
import com.crcloud.flow.domain.RuleField;
import com.crcloud.flow.domain.RuleOperator;
import com.crcloud.flow.domain.StagePhase;
import com.crcloud.flow.domain.StageSlas;
import com.crcloud.flow.domain.TierPlan;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.pluginhost.service.TenantExtension;
import com.crcloud.tenant.support.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Says precisely what keeps a flow definition from being published: each problem names where it is (a path such
 * as {@code stages[1].steps[0].settings.threshold}) and why (a message key with arguments). An empty list means
 * the flow can run.
 */
public final class FlowValidator {

    public static final int LOWEST_SCORE = 0;
    public static final int HIGHEST_SCORE = 1000;
    static final int MAX_NAME = 100;
    static final int MAX_STAGES = 20;
    static final int MAX_STEPS = 20;
    static final int MAX_RULES = 50;
    static final int MAX_CONDITIONS = 20;

    private final Map<String, TenantExtension> extensions;
    private final List<FieldProblem> problems = new ArrayList<>();

    private FlowValidator(List<TenantExtension> extensions) {
        this.extensions = extensions.stream().collect(Collectors.toMap(item -> item.extension().key(), Function.identity()));
    }

    /** Every problem of the definition, checked against the tenant's installed and enabled extensions. */
    public static List<FieldProblem> validate(FlowDefinition definition, List<TenantExtension> extensions) {
        FlowValidator validator = new FlowValidator(extensions);
        validator.stages(definition);
        validator.riskSource(definition);
        validator.rules(definition.rules());
        validator.riskBands(definition.riskBands());
        validator.reReview(definition.reReviewMonths());
        validator.results(definition.results());
        validator.servicePlans(definition.servicePlans());
        validator.slas(definition.slaHours());
        validator.documents(definition);
        return List.copyOf(validator.problems);
    }

    /** The phase a kind of extension runs in, if it can be a step at all. */
    public static Optional<StagePhase> phaseOf(ExtensionKind kind) {
        return switch (kind) {
            case REVIEW_CHECK, SCREENING_PROVIDER -> Optional.of(StagePhase.VERIFICATION);
            case RISK_MODEL, SEGMENTER -> Optional.of(StagePhase.ASSESSMENT);
            default -> Optional.empty();
        };
    }

    private void problem(String path, String key, Object... arguments) {
        problems.add(FieldProblem.of(path, key, arguments));
    }

    private void stages(FlowDefinition definition) {
        List<FlowStage> stages = definition.stages();
        if (stages.isEmpty()) {
            problem("stages", "flow.problem.noStages");
            return;
        }
        if (stages.size() > MAX_STAGES) {
            problem("stages", "flow.problem.tooMany", MAX_STAGES);
        }
        Set<String> names = new HashSet<>();
        Set<String> extensionsSeen = new HashSet<>();
        boolean assessmentSeen = false;
        for (int i = 0; i < stages.size(); i++) {
            FlowStage stage = stages.get(i);
            String path = "stages[" + i + "]";
            String name = stage.name() == null ? "" : stage.name().trim();
            if (name.isEmpty()) {
                problem(path + ".name", "flow.problem.nameRequired");
            } else if (name.length() > MAX_NAME) {
                problem(path + ".name", "flow.problem.nameTooLong", MAX_NAME);
            } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
                problem(path + ".name", "flow.problem.duplicateStage", name);
            }
            if (stage.phase() == null) {
                problem(path + ".phase", "flow.problem.phaseRequired");
                continue;
            }
            // A case never goes back from the assessment to verification: such a stage would never run.
            if (stage.phase() == StagePhase.VERIFICATION && assessmentSeen) {
                problem(path, "flow.problem.unreachableStage", name);
            }
            assessmentSeen |= stage.phase() == StagePhase.ASSESSMENT;
            if (stage.steps().isEmpty()) {
                problem(path + ".steps", "flow.problem.emptyStage", name);
            } else if (stage.steps().size() > MAX_STEPS) {
                problem(path + ".steps", "flow.problem.tooMany", MAX_STEPS);
            }
            for (int j = 0; j < stage.steps().size(); j++) {
                FlowStep step = stage.steps().get(j);
                // A step's results are found again by its extension, so each extension runs once per flow.
                if (step.extensionKey() != null && !extensionsSeen.add(step.extensionKey())) {
                    problem(path + ".steps[" + j + "].extensionKey", "flow.problem.stepTwice", step.extensionKey());
                }
                step(path + ".steps[" + j + "]", stage, step);
            }
        }
        if (definition.stagesOf(StagePhase.ASSESSMENT).isEmpty()) {
            problem("stages", "flow.problem.noAssessmentStage");
        }
    }

    private void step(String path, FlowStage stage, FlowStep step) {
        String key = step.extensionKey() == null ? "" : step.extensionKey();
        TenantExtension item = extensions.get(key);
        if (item == null) {
            problem(path + ".extensionKey", "flow.problem.unknownExtension", key);
            return;
        }
        if (!item.enabled()) {
            problem(path + ".extensionKey", "flow.problem.disabledExtension", key);
        }
        Optional<StagePhase> phase = phaseOf(item.extension().kind());
        if (phase.isEmpty()) {
            problem(path + ".extensionKey", "flow.problem.notAStep", key, item.extension().kind().name());
        } else if (stage.phase() != null && phase.get() != stage.phase()) {
            problem(path + ".extensionKey", "flow.problem.wrongPhase", key, phase.get().name());
        }
        Map<String, SettingDefinition> definitions = item.extension().settings().stream()
                .collect(Collectors.toMap(SettingDefinition::name, Function.identity()));
        step.settings().forEach((name, value) -> {
            SettingDefinition definition = definitions.get(name);
            if (definition == null) {
                problem(path + ".settings." + name, "flow.problem.unknownSetting", name, key);
            } else if (value != null && !value.isBlank()) {
                definition.validate(value.trim()).ifPresent(problem ->
                        problem(path + ".settings." + name, "extensions.problem." + problem.kind().name(), problem.detail()));
            }
        });
    }

    private void riskSource(FlowDefinition definition) {
        List<ExtensionKind> assessing = definition.stagesOf(StagePhase.ASSESSMENT).stream().flatMap(stage -> stage.steps().stream())
                .map(step -> extensions.get(step.extensionKey())).filter(item -> item != null)
                .map(item -> item.extension().kind()).toList();
        if (definition.riskBands().isEmpty() && !assessing.contains(ExtensionKind.SEGMENTER)) {
            problem("riskBands", "flow.problem.noRiskClassSource");
        }
        if (!definition.riskBands().isEmpty() && !assessing.contains(ExtensionKind.RISK_MODEL)) {
            problem("riskBands", "flow.problem.bandsWithoutModel");
        }
    }

    private void rules(List<DecisionRule> rules) {
        if (rules.size() > MAX_RULES) {
            problem("rules", "flow.problem.tooMany", MAX_RULES);
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            DecisionRule rule = rules.get(i);
            String path = "rules[" + i + "]";
            String name = rule.name() == null ? "" : rule.name().trim();
            if (name.isEmpty()) {
                problem(path + ".name", "flow.problem.nameRequired");
            } else if (name.length() > MAX_NAME) {
                problem(path + ".name", "flow.problem.nameTooLong", MAX_NAME);
            } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
                problem(path + ".name", "flow.problem.duplicateRule", name);
            }
            if (rule.action() == null) {
                problem(path + ".action", "flow.problem.actionRequired", name);
            }
            if (rule.conditions().isEmpty()) {
                problem(path + ".conditions", "flow.problem.noConditions", name);
            } else if (rule.conditions().size() > MAX_CONDITIONS) {
                problem(path + ".conditions", "flow.problem.tooMany", MAX_CONDITIONS);
            }
            for (int j = 0; j < rule.conditions().size(); j++) {
                condition(path + ".conditions[" + j + "]", name, rule.conditions().get(j));
            }
        }
    }

    private void condition(String path, String rule, RuleCondition condition) {
        Optional<RuleField> field = RuleField.parse(condition.field());
        if (field.isEmpty()) {
            problem(path + ".field", "flow.problem.unknownField", rule, String.valueOf(condition.field()));
            return;
        }
        Optional<RuleOperator> operator = RuleOperator.parse(condition.operator());
        if (operator.isEmpty()) {
            problem(path + ".operator", "flow.problem.unknownOperator", rule, String.valueOf(condition.operator()));
            return;
        }
        if (!operator.get().appliesTo(field.get().kind())) {
            problem(path + ".operator", "flow.problem.operatorNotForField", rule, operator.get().name(), field.get().name());
            return;
        }
        List<String> values = condition.values(operator.get());
        if (values.isEmpty()) {
            problem(path + ".value", "flow.problem.valueRequired", rule, field.get().name());
            return;
        }
        for (String value : values) {
            switch (field.get().kind()) {
                case NUMBER -> {
                    if (!isNumber(value)) {
                        problem(path + ".value", "flow.problem.notANumber", rule, value);
                    }
                }
                case CHOICE -> {
                    if (Arrays.stream(RiskClass.values()).noneMatch(riskClass -> riskClass.name().equalsIgnoreCase(value))) {
                        problem(path + ".value", "flow.problem.notAChoice", rule, value,
                                Arrays.stream(RiskClass.values()).map(Enum::name).collect(Collectors.joining(", ")));
                    }
                }
                case TEXT -> {
                    if (value.length() > MAX_NAME) {
                        problem(path + ".value", "flow.problem.nameTooLong", MAX_NAME);
                    }
                }
            }
        }
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void riskBands(List<RiskBand> bands) {
        if (bands.isEmpty()) {
            return;
        }
        boolean wellFormed = true;
        for (int i = 0; i < bands.size(); i++) {
            RiskBand band = bands.get(i);
            String path = "riskBands[" + i + "]";
            if (band.riskClass() == null) {
                problem(path + ".riskClass", "flow.problem.riskClassRequired");
                wellFormed = false;
            }
            if (band.minScore() < LOWEST_SCORE || band.maxScore() > HIGHEST_SCORE || band.minScore() > band.maxScore()) {
                problem(path, "flow.problem.bandOutOfRange", band.minScore(), band.maxScore(), LOWEST_SCORE, HIGHEST_SCORE);
                wellFormed = false;
            }
        }
        if (!wellFormed) {
            return;
        }
        List<RiskBand> sorted = bands.stream().sorted(Comparator.comparingInt(RiskBand::minScore)).toList();
        int next = LOWEST_SCORE;
        for (RiskBand band : sorted) {
            if (band.minScore() > next) {
                problem("riskBands", "flow.problem.bandGap", next, band.minScore() - 1);
            } else if (band.minScore() < next) {
                problem("riskBands", "flow.problem.bandOverlap", band.minScore(), Math.min(next - 1, band.maxScore()));
            }
            next = Math.max(next, band.maxScore() + 1);
        }
        if (next <= HIGHEST_SCORE) {
            problem("riskBands", "flow.problem.bandGap", next, HIGHEST_SCORE);
        }
    }

    private void reReview(Map<RiskClass, Integer> months) {
        for (RiskClass riskClass : RiskClass.values()) {
            Integer value = months.get(riskClass);
            if (value == null) {
                problem("reReviewMonths." + riskClass.name(), "flow.problem.missingForRiskClass", riskClass.name());
            } else if (value < 1 || value > 120) {
                problem("reReviewMonths." + riskClass.name(), "flow.problem.outOfRange", value, 1, 120);
            }
        }
    }

    private void results(List<RiskClassResult> results) {
        for (RiskClass riskClass : RiskClass.values()) {
            long count = results.stream().filter(result -> result.riskClass() == riskClass).count();
            if (count == 0) {
                problem("results", "flow.problem.missingForRiskClass", riskClass.name());
            } else if (count > 1) {
                problem("results", "flow.problem.twiceForRiskClass", riskClass.name());
            }
        }
        for (int i = 0; i < results.size(); i++) {
            RiskClassResult result = results.get(i);
            String path = "results[" + i + "]";
            if (result.riskClass() == null) {
                problem(path + ".riskClass", "flow.problem.riskClassRequired");
            }
            if (result.limitMultiplier() == null || result.limitMultiplier().signum() < 0
                    || result.limitMultiplier().compareTo(BigDecimal.valueOf(100)) > 0) {
                problem(path + ".limitMultiplier", "flow.problem.outOfRange", String.valueOf(result.limitMultiplier()), 0, 100);
            }
            if (result.limitCap() == null || result.limitCap().signum() < 0
                    || result.limitCap().compareTo(new BigDecimal("9999999999999")) > 0) {
                problem(path + ".limitCap", "flow.problem.outOfRange", String.valueOf(result.limitCap()), 0, "9999999999999");
            }
            text(path + ".pricingBand", result.pricingBand(), 40);
        }
    }

    private void servicePlans(List<TierPlan> plans) {
        Set<String> tiers = new HashSet<>();
        for (int i = 0; i < plans.size(); i++) {
            TierPlan plan = plans.get(i);
            String path = "servicePlans[" + i + "]";
            String tier = plan.tier() == null ? "" : plan.tier().trim();
            if (tier.isEmpty()) {
                problem(path + ".tier", "flow.problem.nameRequired");
            } else if (!tiers.add(tier.toUpperCase(Locale.ROOT))) {
                problem(path + ".tier", "flow.problem.duplicateTier", tier);
            }
            text(path + ".servicePlan", plan.servicePlan(), 80);
        }
        if (!tiers.contains(TierPlan.ANY_OTHER)) {
            problem("servicePlans", "flow.problem.noDefaultPlan", TierPlan.ANY_OTHER);
        }
    }

    private void slas(StageSlas slas) {
        int[] hours = {slas.collecting(), slas.verifying(), slas.assessing(), slas.approval(), slas.moreInfo()};
        String[] names = {"collecting", "verifying", "assessing", "approval", "moreInfo"};
        for (int i = 0; i < hours.length; i++) {
            if (hours[i] < 1 || hours[i] > 8760) {
                problem("slaHours." + names[i], "flow.problem.outOfRange", hours[i], 1, 8760);
            }
        }
    }

    private void documents(FlowDefinition definition) {
        if (new HashSet<>(definition.requiredDocuments()).size() != definition.requiredDocuments().size()) {
            problem("requiredDocuments", "flow.problem.documentTwice");
        }
    }

    private void text(String path, String value, int max) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            problem(path, "flow.problem.nameRequired");
        } else if (trimmed.length() > max) {
            problem(path, "flow.problem.nameTooLong", max);
        }
    }
}
