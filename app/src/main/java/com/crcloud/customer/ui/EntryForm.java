package com.crcloud.customer.ui;

import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The form of one kind of record entry: its fields (ids {@code <prefix>-<property>}, labels
 * {@code <entity>.<property>} as the history shows them), their binder, and a way to put a service's field
 * problem on the field it concerns.
 */
final class EntryForm<T> {

    private final Component owner;
    private final String idPrefix;
    private final String labelPrefix;
    private final Binder<T> binder;
    private final FormLayout layout = new FormLayout();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    EntryForm(Component owner, Class<T> type, String idPrefix, String labelPrefix) {
        this.owner = owner;
        this.idPrefix = idPrefix;
        this.labelPrefix = labelPrefix;
        this.binder = new Binder<>(type);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
    }

    /** Adds a field for a property and starts its binding. */
    <V, C extends Component & HasValue<?, V> & HasValidation & HasLabel> Binder.BindingBuilder<T, V> field(String property, C component) {
        Fields.labelled(component, idPrefix + "-" + property, labelPrefix + "." + property);
        layout.add(component);
        fields.put(property, component);
        return binder.forField(component);
    }

    FormLayout layout() {
        return layout;
    }

    Binder<T> binder() {
        return binder;
    }

    /** Shows the problem on its field, or as a notification when no field of this form shows that property. */
    void mark(FieldProblem problem) {
        HasValidation field = fields.get(problem.field());
        if (field != null) {
            field.setErrorMessage(Problems.message(owner, problem));
            field.setInvalid(true);
        } else {
            Problems.showError(Problems.message(owner, problem));
        }
    }
}
