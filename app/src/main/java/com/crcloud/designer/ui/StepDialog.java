package com.crcloud.designer.ui;

import com.crcloud.flow.domain.FlowStep;
import com.crcloud.flow.domain.StepConsequence;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.pluginhost.service.TenantExtension;
import com.crcloud.pluginhost.ui.SettingsForm;
import com.crcloud.ui.Fields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One step of a stage: the plugin's settings form (values set here take precedence over the tenant's, blank ones
 * inherit them), whether the step blocks, and what a WARN, FAIL or ERROR leads to. Values the plugin would refuse
 * are marked on their field and the step is not changed.
 */
class StepDialog extends Dialog {

    private final String extensionKey;
    private final List<SettingDefinition> definitions;
    private final SettingsForm settings;
    private final Checkbox blocking = new Checkbox();
    private final Select<StepConsequence> onWarn = consequence("step-on-warn", "designer.step.onWarn");
    private final Select<StepConsequence> onFail = consequence("step-on-fail", "designer.step.onFail");
    private final Select<StepConsequence> onError = consequence("step-on-error", "designer.step.onError");

    /**
     * @param extension the tenant's extension, or null when the step names one that is not installed (its
     *                  settings are then kept as they are)
     */
    StepDialog(String title, String extensionKey, TenantExtension extension, FlowStep step, boolean editable,
               Consumer<FlowStep> onApply) {
        this.extensionKey = extensionKey;
        this.definitions = extension == null ? List.of() : extension.extension().settings();
        setHeaderTitle(title);
        setWidth("44rem");
        this.settings = new SettingsForm(definitions, step.settings(), extension == null ? Map.of() : extension.values());
        settings.setId("step-settings");

        blocking.setId("step-blocking");
        blocking.setLabel(getTranslation("designer.step.blocking"));
        blocking.setHelperText(getTranslation("designer.step.blocking.help"));
        blocking.setValue(step.blocking());
        onWarn.setValue(step.onWarn());
        onFail.setValue(step.onFail());
        onError.setValue(step.onError());
        FormLayout behaviour = new FormLayout(blocking, onWarn, onFail, onError);

        if (extension == null) {
            add(new Paragraph(getTranslation("designer.step.notInstalled", extensionKey)));
        } else if (!definitions.isEmpty()) {
            add(new H4(getTranslation("designer.step.settings")), new Paragraph(getTranslation("designer.step.settings.help")), settings);
        }
        add(new H4(getTranslation("designer.step.behaviour")), behaviour);

        settings.setFieldsReadOnly(!editable);
        blocking.setReadOnly(!editable);
        onWarn.setReadOnly(!editable);
        onFail.setReadOnly(!editable);
        onError.setReadOnly(!editable);

        Button apply = new Button(getTranslation("designer.step.apply"), click -> apply(step, onApply));
        apply.setId("step-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setVisible(editable);
        Button cancel = new Button(getTranslation(editable ? "action.cancel" : "action.close"), click -> close());
        cancel.setId("step-cancel");
        getFooter().add(cancel, apply);
    }

    private void apply(FlowStep step, Consumer<FlowStep> onApply) {
        settings.clearProblems();
        Map<String, String> values = new LinkedHashMap<>();
        boolean valid = true;
        Map<String, String> typed = settings.values();
        for (SettingDefinition definition : definitions) {
            String value = typed.get(definition.name());
            if (value == null || value.isBlank()) {
                continue; // inherits the tenant's value
            }
            var problem = definition.validate(value);
            if (problem.isPresent()) {
                settings.mark(definition.name(), problem.get());
                valid = false;
            }
            values.put(definition.name(), value.trim());
        }
        if (!valid) {
            return;
        }
        onApply.accept(new FlowStep(extensionKey, definitions.isEmpty() ? step.settings() : values, blocking.getValue(),
                onWarn.getValue(), onFail.getValue(), onError.getValue()));
        close();
    }

    private Select<StepConsequence> consequence(String id, String labelKey) {
        Select<StepConsequence> select = Fields.labelled(new Select<>(), id, labelKey);
        select.setItems(StepConsequence.values());
        select.setItemLabelGenerator(value -> getTranslation("flow.consequence." + value.name()));
        return select;
    }
}
