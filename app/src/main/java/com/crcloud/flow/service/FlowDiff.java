package com.crcloud.flow.service;

import com.crcloud.flow.domain.DecisionRule;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.FlowStage;
import com.crcloud.flow.domain.FlowStep;
import com.crcloud.flow.domain.RiskBand;
import com.crcloud.flow.domain.RiskClassResult;
import com.crcloud.flow.domain.StageSlas;
import com.crcloud.flow.domain.TierPlan;
import com.crcloud.plugin.api.RiskClass;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The differences between two flow definitions in readable terms: stages and rules are matched by name, steps by
 * extension within a stage, the tables row by row. Used for comparing versions and as the reason of a saved draft.
 */
public final class FlowDiff {

    private final List<FlowChange> changes = new ArrayList<>();

    private FlowDiff() {
    }

    public static List<FlowChange> between(FlowDefinition before, FlowDefinition after) {
        FlowDiff diff = new FlowDiff();
        diff.stages(before.stages(), after.stages());
        diff.keyed("RULE", byName(before.rules(), DecisionRule::name), byName(after.rules(), DecisionRule::name), FlowDiff::describe);
        diff.change("RISK_BANDS", "", describeBands(before.riskBands()), describeBands(after.riskBands()));
        diff.keyed("RESULT", results(before.results()), results(after.results()), FlowDiff::describe);
        diff.keyed("SERVICE_PLAN", plans(before.servicePlans()), plans(after.servicePlans()), TierPlan::servicePlan);
        diff.slas(before.slaHours(), after.slaHours());
        diff.keyed("RE_REVIEW", new TreeMap<>(before.reReviewMonths()).entrySet().stream()
                        .collect(Collectors.toMap(entry -> entry.getKey().name(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)),
                new TreeMap<>(after.reReviewMonths()).entrySet().stream()
                        .collect(Collectors.toMap(entry -> entry.getKey().name(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)),
                months -> months + " months");
        diff.change("DOCUMENTS", "", before.requiredDocuments().stream().map(Enum::name).collect(Collectors.joining(", ")),
                after.requiredDocuments().stream().map(Enum::name).collect(Collectors.joining(", ")));
        return List.copyOf(diff.changes);
    }

    /** A rule as one line: {@code AUTO_APPROVE when ALL: RISK_CLASS EQUALS LOW; SCREENING_HITS EQUALS 0}. */
    public static String describe(DecisionRule rule) {
        return rule.action() + " when " + rule.match() + ": " + rule.conditions().stream()
                .map(condition -> condition.field() + " " + condition.operator() + " " + condition.value())
                .collect(Collectors.joining("; "));
    }

    private void stages(List<FlowStage> before, List<FlowStage> after) {
        Map<String, FlowStage> old = byName(before, FlowStage::name);
        Map<String, FlowStage> now = byName(after, FlowStage::name);
        List<String> oldOrder = new ArrayList<>(old.keySet());
        List<String> newOrder = new ArrayList<>(now.keySet());
        for (String name : union(old.keySet(), now.keySet())) {
            FlowStage was = old.get(name);
            FlowStage is = now.get(name);
            if (was == null || is == null) {
                change("STAGE", displayName(was, is), was == null ? null : describe(was), is == null ? null : describe(is));
                continue;
            }
            if (was.phase() != is.phase()) {
                change("STAGE", is.name(), "phase " + was.phase(), "phase " + is.phase());
            }
            List<String> common = oldOrder.stream().filter(newOrder::contains).toList();
            List<String> commonNow = newOrder.stream().filter(oldOrder::contains).toList();
            if (common.indexOf(name) != commonNow.indexOf(name)) {
                change("STAGE", is.name(), "position " + (oldOrder.indexOf(name) + 1), "position " + (newOrder.indexOf(name) + 1));
            }
            keyed("STEP", steps(is.name(), was.steps()), steps(is.name(), is.steps()), FlowDiff::describe);
        }
    }

    private void slas(StageSlas before, StageSlas after) {
        change("SLA", "collecting", before.collecting() + " h", after.collecting() + " h");
        change("SLA", "verifying", before.verifying() + " h", after.verifying() + " h");
        change("SLA", "assessing", before.assessing() + " h", after.assessing() + " h");
        change("SLA", "approval", before.approval() + " h", after.approval() + " h");
        change("SLA", "moreInfo", before.moreInfo() + " h", after.moreInfo() + " h");
    }

    private <T> void keyed(String area, Map<String, T> before, Map<String, T> after, Function<T, ?> describe) {
        for (String key : union(before.keySet(), after.keySet())) {
            T was = before.get(key);
            T is = after.get(key);
            change(area, key, was == null ? null : String.valueOf(describe.apply(was)), is == null ? null : String.valueOf(describe.apply(is)));
        }
    }

    private void change(String area, String subject, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FlowChange(area, subject, before, after));
        }
    }

    private static String displayName(FlowStage was, FlowStage is) {
        return is != null ? is.name() : was.name();
    }

    private static String describe(FlowStage stage) {
        return stage.phase() + ": " + stage.steps().stream().map(FlowStep::extensionKey).collect(Collectors.joining(", "));
    }

    private static String describe(FlowStep step) {
        return (step.blocking() ? "blocking, " : "") + "WARN→" + step.onWarn() + ", FAIL→" + step.onFail() + ", ERROR→" + step.onError()
                + (step.settings().isEmpty() ? "" : ", settings " + new TreeMap<>(step.settings()));
    }

    private static String describe(RiskClassResult result) {
        return "× " + result.limitMultiplier() + " up to " + result.limitCap() + ", pricing " + result.pricingBand();
    }

    private static String describeBands(List<RiskBand> bands) {
        return bands.stream().map(band -> band.riskClass() + " " + band.minScore() + "–" + band.maxScore()).collect(Collectors.joining(", "));
    }

    private static Map<String, FlowStep> steps(String stage, List<FlowStep> steps) {
        Map<String, FlowStep> keyed = new LinkedHashMap<>();
        steps.forEach(step -> keyed.putIfAbsent(stage + " / " + step.extensionKey(), step));
        return keyed;
    }

    private static Map<String, RiskClassResult> results(List<RiskClassResult> results) {
        Map<String, RiskClassResult> keyed = new LinkedHashMap<>();
        for (RiskClass riskClass : RiskClass.values()) {
            results.stream().filter(result -> result.riskClass() == riskClass).findFirst().ifPresent(result -> keyed.put(riskClass.name(), result));
        }
        return keyed;
    }

    private static Map<String, TierPlan> plans(List<TierPlan> plans) {
        Map<String, TierPlan> keyed = new LinkedHashMap<>();
        plans.forEach(plan -> keyed.putIfAbsent(String.valueOf(plan.tier()), plan));
        return keyed;
    }

    /** Keyed by trimmed name: a renamed stage or rule reads as one removed and one added. */
    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> keyed = new LinkedHashMap<>();
        items.forEach(item -> keyed.putIfAbsent(String.valueOf(name.apply(item)).trim(), item));
        return keyed;
    }

    private static List<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
