package com.crcloud.designer.ui;

import com.crcloud.flow.domain.DecisionRule;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.FlowStage;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems validation found, each with where it is in words ("Stage 2 “Checks” › step 1 “Age check” ›
 * setting minimumAge") and the translated reason.
 */
class ProblemList extends VerticalLayout {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    /** Parts of a path that have a label of their own (lists also one per element); anything else is shown as written. */
    private static final Set<String> LISTS = Set.of("conditions", "riskBands", "results", "servicePlans");
    private static final Set<String> LABELLED = Set.of("slaHours", "reReviewMonths", "requiredDocuments", "name", "phase", "extensionKey", "onWarn", "onFail", "onError", "action",
            "match", "field", "operator", "value", "riskClass", "minScore", "maxScore", "limitMultiplier", "limitCap",
            "pricingBand", "tier", "servicePlan", "collecting", "verifying", "assessing", "approval", "moreInfo");

    private final UnorderedList items = new UnorderedList();
    private final Span heading = new Span();

    ProblemList() {
        setId("flow-problems");
        setPadding(false);
        heading.addClassName("flow-problems-heading");
        items.setId("flow-problem-items");
        add(heading, items);
        setVisible(false);
    }

    /**
     * @param definition the definition the paths point into, for stage, step and rule names; null when there is
     *                   none to name them from (a file that could not be imported)
     */
    void show(List<FieldProblem> problems, FlowDefinition definition, StepCatalogue catalogue) {
        items.removeAll();
        heading.setText(problems.isEmpty() ? getTranslation("designer.problems.none") : getTranslation("designer.problems.count", problems.size()));
        for (FieldProblem problem : problems) {
            String where = location(problem.field(), definition, catalogue);
            String what = Problems.message(this, problem);
            ListItem item = new ListItem(where.isEmpty() ? what : where + ": " + what);
            item.addClassName("flow-problem");
            items.add(item);
        }
        setVisible(true);
    }

    void clear() {
        items.removeAll();
        setVisible(false);
    }

    /** The texts shown, one per problem. */
    List<String> texts() {
        return items.getChildren().map(child -> ((ListItem) child).getText()).toList();
    }

    String location(String path, FlowDefinition definition, StepCatalogue catalogue) {
        if (path == null || path.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        FlowStage stage = null;
        String[] segments = path.split("\\.");
        for (int position = 0; position < segments.length; position++) {
            Matcher matcher = SEGMENT.matcher(segments[position]);
            if (!matcher.matches()) {
                parts.add(segments[position]);
                continue;
            }
            String name = matcher.group(1);
            Integer index = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
            if (index == null && (name.equals("stages") || name.equals("steps") || name.equals("rules"))) {
                parts.add(getTranslation("designer.location." + name));
                continue;
            }
            switch (name) {
                case "stages" -> {
                    stage = definition != null && index < definition.stages().size() ? definition.stages().get(index) : null;
                    parts.add(named("designer.location.stage", index, stage == null ? null : stage.name()));
                }
                case "steps" -> parts.add(named("designer.location.step", index,
                        stage != null && index < stage.steps().size() ? catalogue.name(stage.steps().get(index).extensionKey(), getLocale()) : null));
                case "rules" -> {
                    DecisionRule rule = definition != null && index < definition.rules().size() ? definition.rules().get(index) : null;
                    parts.add(named("designer.location.rule", index, rule == null ? null : rule.name()));
                }
                case "settings" -> {
                    // "settings.<name>": the setting's own name follows
                    String setting = position + 1 < segments.length ? segments[++position] : "";
                    parts.add(getTranslation("designer.location.setting", setting));
                }
                default -> parts.add(label(name, index));
            }
        }
        return String.join(" › ", parts);
    }

    /** A list's element ("Risk band 2"), a labelled part ("limit cap"), a risk class, or the part as written. */
    private String label(String name, Integer index) {
        if (index != null && LISTS.contains(name)) {
            return getTranslation("designer.location." + name + ".item", index + 1);
        }
        if (LABELLED.contains(name) || LISTS.contains(name)) {
            return getTranslation("designer.location." + name);
        }
        if (Arrays.stream(RiskClass.values()).anyMatch(riskClass -> riskClass.name().equals(name))) {
            return getTranslation("risk." + name);
        }
        return index == null ? name : name + " " + (index + 1);
    }

    private String named(String key, int index, String name) {
        String numbered = getTranslation(key, index + 1);
        return name == null || name.isBlank() ? numbered : numbered + " “" + name + "”";
    }
}
