package com.crcloud.designer.ui;

import com.crcloud.customer.domain.DocumentType;
import com.crcloud.flow.domain.DecisionRule;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.FlowStage;
import com.crcloud.flow.domain.RiskBand;
import com.crcloud.flow.domain.RiskClassResult;
import com.crcloud.flow.domain.StageSlas;
import com.crcloud.flow.domain.TierPlan;
import com.crcloud.plugin.api.RiskClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The definition being designed on screen. Definitions are immutable: every edit replaces one part of it, and the
 * editors read the current one back, so what is saved, validated or test-run is exactly what the screen shows.
 */
final class Draft {

    private FlowDefinition definition;
    private boolean changed;

    Draft(FlowDefinition definition) {
        this.definition = definition;
    }

    FlowDefinition get() {
        return definition;
    }

    /** Whether the screen holds edits that are not saved yet. */
    boolean changed() {
        return changed;
    }

    void stages(List<FlowStage> stages) {
        set(new FlowDefinition(stages, definition.rules(), definition.riskBands(), definition.reReviewMonths(),
                definition.results(), definition.servicePlans(), definition.slaHours(), definition.requiredDocuments()));
    }

    void rules(List<DecisionRule> rules) {
        set(new FlowDefinition(definition.stages(), rules, definition.riskBands(), definition.reReviewMonths(),
                definition.results(), definition.servicePlans(), definition.slaHours(), definition.requiredDocuments()));
    }

    void riskBands(List<RiskBand> bands) {
        set(new FlowDefinition(definition.stages(), definition.rules(), bands, definition.reReviewMonths(),
                definition.results(), definition.servicePlans(), definition.slaHours(), definition.requiredDocuments()));
    }

    void reReviewMonths(Map<RiskClass, Integer> months) {
        set(new FlowDefinition(definition.stages(), definition.rules(), definition.riskBands(), months,
                definition.results(), definition.servicePlans(), definition.slaHours(), definition.requiredDocuments()));
    }

    void results(List<RiskClassResult> results) {
        set(new FlowDefinition(definition.stages(), definition.rules(), definition.riskBands(), definition.reReviewMonths(),
                results, definition.servicePlans(), definition.slaHours(), definition.requiredDocuments()));
    }

    void servicePlans(List<TierPlan> plans) {
        set(new FlowDefinition(definition.stages(), definition.rules(), definition.riskBands(), definition.reReviewMonths(),
                definition.results(), plans, definition.slaHours(), definition.requiredDocuments()));
    }

    void slaHours(StageSlas slas) {
        set(new FlowDefinition(definition.stages(), definition.rules(), definition.riskBands(), definition.reReviewMonths(),
                definition.results(), definition.servicePlans(), slas, definition.requiredDocuments()));
    }

    void requiredDocuments(List<DocumentType> documents) {
        set(new FlowDefinition(definition.stages(), definition.rules(), definition.riskBands(), definition.reReviewMonths(),
                definition.results(), definition.servicePlans(), definition.slaHours(), documents));
    }

    /** A copy of a list with one element moved by {@code offset} places; out-of-range moves change nothing. */
    static <T> List<T> moved(List<T> items, int index, int offset) {
        int target = index + offset;
        List<T> copy = new ArrayList<>(items);
        if (target < 0 || target >= copy.size()) {
            return copy;
        }
        copy.add(target, copy.remove(index));
        return copy;
    }

    static <T> List<T> replaced(List<T> items, int index, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.set(index, item);
        return copy;
    }

    static <T> List<T> removed(List<T> items, int index) {
        List<T> copy = new ArrayList<>(items);
        copy.remove(index);
        return copy;
    }

    static <T> List<T> added(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    private void set(FlowDefinition next) {
        definition = next;
        changed = true;
    }
}
