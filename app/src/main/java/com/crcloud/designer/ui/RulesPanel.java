package com.crcloud.designer.ui;

import com.crcloud.flow.domain.DecisionRule;
import com.crcloud.flow.domain.RuleAction;
import com.crcloud.flow.domain.RuleCondition;
import com.crcloud.flow.domain.RuleField;
import com.crcloud.flow.domain.RuleMatch;
import com.crcloud.flow.domain.RuleOperator;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The flow's decision rules, each as one readable sentence, opened in the rule editor. */
class RulesPanel extends VerticalLayout {

    private final Draft draft;
    private final boolean editable;

    RulesPanel(Draft draft, boolean editable) {
        this.draft = draft;
        this.editable = editable;
        setId("rules");
        setPadding(false);
        refresh();
    }

    void refresh() {
        removeAll();
        List<DecisionRule> rules = draft.get().rules();
        if (rules.isEmpty()) {
            add(new Span(getTranslation("designer.rule.none")));
        }
        for (int index = 0; index < rules.size(); index++) {
            add(row(rules.get(index), index));
        }
        if (editable) {
            Button add = new Button(getTranslation("designer.rule.add"), VaadinIcon.PLUS.create(),
                    click -> new RuleDialog(new DecisionRule(null, RuleAction.AUTO_APPROVE, RuleMatch.ALL, List.of()), true, rule -> {
                        draft.rules(Draft.added(draft.get().rules(), rule));
                        refresh();
                    }).open());
            add.setId("add-rule");
            add(add);
        }
    }

    private Component row(DecisionRule rule, int index) {
        Button open = new Button(rule.name() == null ? "" : rule.name(), click -> new RuleDialog(rule, editable, changed -> {
            draft.rules(Draft.replaced(draft.get().rules(), index, changed));
            refresh();
        }).open());
        open.setId("rule-" + index);
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span sentence = new Span(sentence(rule));
        sentence.setId("rule-text-" + index);
        HorizontalLayout row = new HorizontalLayout(open, sentence);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (editable) {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                draft.rules(Draft.removed(draft.get().rules(), index));
                refresh();
            });
            remove.setId("rule-remove-" + index);
            remove.setAriaLabel(getTranslation("designer.rule.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            row.add(remove);
        }
        return row;
    }

    /** "Approve automatically when all of: risk class equals Low; screening hits equals 0". */
    String sentence(DecisionRule rule) {
        String conditions = rule.conditions().stream().map(this::condition).collect(Collectors.joining("; "));
        return getTranslation("designer.rule.sentence",
                rule.action() == null ? "?" : getTranslation("flow.action." + rule.action().name()),
                getTranslation("flow.match." + rule.match().name()), conditions);
    }

    private String condition(RuleCondition condition) {
        String field = RuleField.parse(condition.field()).map(known -> getTranslation("flow.field." + known.name()))
                .orElse(String.valueOf(condition.field()));
        String operator = RuleOperator.parse(condition.operator()).map(known -> getTranslation("flow.operator." + known.name()))
                .orElse(String.valueOf(condition.operator()));
        String value = condition.value() == null ? "" : condition.value();
        if (RuleField.parse(condition.field()).filter(known -> known.kind() == RuleField.Kind.CHOICE).isPresent()) {
            value = Arrays.stream(value.split(",")).map(String::trim).filter(part -> !part.isEmpty())
                    .map(part -> getTranslation("risk." + part)).collect(Collectors.joining(", "));
        }
        return field + " " + operator + " " + value;
    }
}
