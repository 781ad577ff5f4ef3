package com.crcloud.designer.ui;

import com.crcloud.flow.domain.DecisionRule;
import com.crcloud.flow.domain.RuleAction;
import com.crcloud.flow.domain.RuleCondition;
import com.crcloud.flow.domain.RuleField;
import com.crcloud.flow.domain.RuleMatch;
import com.crcloud.flow.domain.RuleOperator;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.ui.Fields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A decision rule in readable form: its name, what it does, whether all or any conditions must hold, and each
 * condition as field → operator (only those that fit the field) → value (typed by the field: a number, risk
 * classes, or text). A condition naming an unknown field (from an imported file) is shown as written.
 */
class RuleDialog extends Dialog {

    private final TextField name = Fields.labelled(new TextField(), "rule-name", "designer.rule.name");
    private final Select<RuleAction> action = Fields.labelled(new Select<>(), "rule-action", "designer.rule.action");
    private final RadioButtonGroup<RuleMatch> match = Fields.labelled(new RadioButtonGroup<>(), "rule-match", "designer.rule.match");
    private final VerticalLayout conditionList = new VerticalLayout();
    private final List<ConditionRow> rows = new ArrayList<>();

    RuleDialog(DecisionRule rule, boolean editable, Consumer<DecisionRule> onApply) {
        setHeaderTitle(getTranslation(rule.name() == null ? "designer.rule.new" : "designer.rule.edit"));
        setWidth("52rem");
        name.setValue(rule.name() == null ? "" : rule.name());
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        action.setItems(RuleAction.values());
        action.setItemLabelGenerator(value -> getTranslation("flow.action." + value.name()));
        action.setValue(rule.action());
        match.setItems(RuleMatch.values());
        match.setItemLabelGenerator(value -> getTranslation("flow.match." + value.name()));
        match.setValue(rule.match());
        conditionList.setId("rule-conditions");
        conditionList.setPadding(false);
        rule.conditions().forEach(this::addRow);

        Button addCondition = new Button(getTranslation("designer.rule.addCondition"), VaadinIcon.PLUS.create(),
                click -> addRow(new RuleCondition(null, null, null)));
        addCondition.setId("rule-add-condition");
        addCondition.setVisible(editable);
        FormLayout head = new FormLayout(name, action, match);
        add(head, new H4(getTranslation("designer.rule.conditions")), conditionList, addCondition);
        if (!editable) {
            name.setReadOnly(true);
            action.setReadOnly(true);
            match.setReadOnly(true);
            rows.forEach(row -> row.setReadOnly(true));
        }

        Button apply = new Button(getTranslation("designer.rule.apply"), click -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("designer.rule.nameRequired"));
                name.setInvalid(true);
                return;
            }
            onApply.accept(new DecisionRule(name.getValue().trim(), action.getValue(), match.getValue(),
                    rows.stream().map(ConditionRow::condition).toList()));
            close();
        });
        apply.setId("rule-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setVisible(editable);
        getFooter().add(new Button(getTranslation(editable ? "action.cancel" : "action.close"), click -> close()), apply);
    }

    private void addRow(RuleCondition condition) {
        ConditionRow row = new ConditionRow(rows.size(), condition);
        rows.add(row);
        conditionList.add(row);
    }

    /** One condition; its operator and value fields follow the field chosen. */
    private final class ConditionRow extends HorizontalLayout {

        private final RuleCondition original;
        private final Select<RuleField> field = new Select<>();
        private final Select<RuleOperator> operator = new Select<>();
        private final Button remove;
        private HasValue<?, ?> value;

        ConditionRow(int index, RuleCondition condition) {
            this.original = condition;
            setAlignItems(FlexComponent.Alignment.BASELINE);
            remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                conditionList.remove(this);
            });
            remove.setId("condition-remove-" + index);
            remove.setAriaLabel(getTranslation("designer.rule.removeCondition"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);

            boolean known = condition.field() == null || RuleField.parse(condition.field()).isPresent();
            if (!known) {
                Span written = new Span(getTranslation("designer.rule.unknownCondition",
                        condition.field(), condition.operator(), condition.value()));
                written.setId("condition-" + index);
                add(written, remove);
                return;
            }
            field.setId("condition-field-" + index);
            field.setLabel(getTranslation("designer.rule.field"));
            field.setItems(RuleField.values());
            field.setItemLabelGenerator(item -> getTranslation("flow.field." + item.name()));
            operator.setId("condition-operator-" + index);
            operator.setLabel(getTranslation("designer.rule.operator"));
            operator.setItemLabelGenerator(item -> getTranslation("flow.operator." + item.name()));
            RuleField.parse(condition.field()).ifPresent(chosen -> {
                field.setValue(chosen);
                operator.setItems(chosen.operators());
                RuleOperator.parse(condition.operator()).filter(chosen.operators()::contains).ifPresent(operator::setValue);
            });
            value = valueField(field.getValue(), condition.value(), index);
            add(field, operator, (Component) value, remove);
            field.addValueChangeListener(event -> {
                RuleOperator previous = operator.getValue();
                operator.setItems(event.getValue() == null ? List.of() : event.getValue().operators());
                if (previous != null && event.getValue() != null && event.getValue().operators().contains(previous)) {
                    operator.setValue(previous);
                }
                HasValue<?, ?> replacement = valueField(event.getValue(), null, index);
                replace((Component) value, (Component) replacement);
                value = replacement;
            });
        }

        void setReadOnly(boolean readOnly) {
            field.setReadOnly(readOnly);
            operator.setReadOnly(readOnly);
            if (value != null) {
                value.setReadOnly(readOnly);
            }
            remove.setVisible(!readOnly);
        }

        RuleCondition condition() {
            if (value == null) {
                return original; // an unknown field stays as written; validation explains it
            }
            return new RuleCondition(field.getValue() == null ? null : field.getValue().name(),
                    operator.getValue() == null ? null : operator.getValue().name(), text(value.getValue()));
        }

        private HasValue<?, ?> valueField(RuleField chosen, String current, int index) {
            HasValue<?, ?> created;
            RuleField.Kind kind = chosen == null ? RuleField.Kind.TEXT : chosen.kind();
            switch (kind) {
                case NUMBER -> {
                    BigDecimalField number = new BigDecimalField();
                    if (current != null && !current.isBlank()) {
                        try {
                            number.setValue(new BigDecimal(current.trim()));
                        } catch (NumberFormatException e) {
                            number.setPlaceholder(current); // shown as written; validation explains it
                        }
                    }
                    created = number;
                }
                case CHOICE -> {
                    MultiSelectComboBox<RiskClass> classes = new MultiSelectComboBox<>();
                    classes.setItems(RiskClass.values());
                    classes.setItemLabelGenerator(item -> getTranslation("risk." + item.name()));
                    classes.setValue(riskClasses(current));
                    created = classes;
                }
                default -> {
                    TextField text = new TextField();
                    text.setValue(current == null ? "" : current);
                    text.setHelperText(getTranslation("designer.rule.listHelp"));
                    created = text;
                }
            }
            ((Component) created).setId("condition-value-" + index);
            ((com.vaadin.flow.component.HasLabel) created).setLabel(getTranslation("designer.rule.value"));
            return created;
        }
    }

    private static Set<RiskClass> riskClasses(String value) {
        Set<RiskClass> classes = new LinkedHashSet<>();
        if (value != null) {
            Arrays.stream(value.split(",")).map(String::trim).forEach(part -> Arrays.stream(RiskClass.values())
                    .filter(item -> item.name().equals(part)).forEach(classes::add));
        }
        return classes;
    }

    /** The value as the definition keeps it: a number in plain notation, risk classes comma-separated in order. */
    private static String text(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Set<?> set) {
            return Arrays.stream(RiskClass.values()).filter(set::contains).map(Enum::name).collect(Collectors.joining(","));
        }
        return value == null ? "" : value.toString().trim();
    }
}
