package com.crcloud.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;

/** Form field set-up shared by the forms: a stable id (for tests and deep links) and a translated label. */
public final class Fields {

    private Fields() {
    }

    public static <C extends Component & HasLabel> C labelled(C field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(field.getTranslation(labelKey));
        return field;
    }
}
