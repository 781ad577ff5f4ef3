package com.crcloud.pluginhost.ui;

import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.SettingProblem;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A field per setting an extension declared, rendered from the plugin's own definitions: the tenant's settings of
 * an extension and the settings of a flow step are the same form. Blank text means "use the inherited value".
 */
public class SettingsForm extends FormLayout {

    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();

    /**
     * @param values    the values set at this level
     * @param inherited what applies where no value is set here (the tenant's value for a flow step); the plugin's
     *                  default where absent
     */
    public SettingsForm(List<SettingDefinition> definitions, Map<String, String> values, Map<String, String> inherited) {
        for (SettingDefinition definition : definitions) {
            String fallback = inherited.getOrDefault(definition.name(), definition.defaultValue());
            HasValue<?, ?> field = field(definition, values.get(definition.name()), fallback);
            fields.put(definition.name(), field);
            add((Component) field);
        }
    }

    /** Every field's value by setting name; blank text fields give "". */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            Object value = field.getValue();
            values.put(name, value == null ? "" : value.toString());
        });
        return values;
    }

    public void setFieldsReadOnly(boolean readOnly) {
        fields.values().forEach(field -> field.setReadOnly(readOnly));
    }

    public void clearProblems() {
        fields.values().stream().filter(HasValidation.class::isInstance).forEach(field -> ((HasValidation) field).setInvalid(false));
    }

    /** Shows why a value was refused on its field (as a notification if the field cannot show it). */
    public void mark(String name, SettingProblem problem) {
        String message = getTranslation("extensions.problem." + problem.kind().name(), problem.detail());
        if (fields.get(name) instanceof HasValidation field) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            Problems.showError(name + ": " + message);
        }
    }

    private HasValue<?, ?> field(SettingDefinition definition, String current, String fallback) {
        String label = definition.label(getLocale().getLanguage().equals("zh") ? "zh-CN" : "en");
        String id = "setting-" + definition.name();
        return switch (definition.type()) {
            case BOOLEAN -> {
                Checkbox checkbox = new Checkbox(label, Boolean.parseBoolean(current != null ? current : fallback));
                checkbox.setId(id);
                yield checkbox;
            }
            case CHOICE -> {
                Select<String> select = new Select<>();
                select.setId(id);
                select.setLabel(label);
                select.setItems(definition.choices());
                select.setValue(current != null ? current : fallback);
                yield select;
            }
            default -> {
                TextField text = new TextField(label);
                text.setId(id);
                text.setValue(current == null ? "" : current);
                text.setPlaceholder(fallback == null ? "" : fallback);
                text.setHelperText(fallback == null ? "" : getTranslation("extensions.default", fallback));
                yield text;
            }
        };
    }
}
