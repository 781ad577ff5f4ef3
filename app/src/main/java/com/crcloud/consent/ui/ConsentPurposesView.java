package com.crcloud.consent.ui;

import com.crcloud.consent.domain.ConsentPurpose;
import com.crcloud.consent.service.ConsentService;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Locale;
import java.util.Map;

/**
 * The tenant administrator's consent purposes and policy: which purposes customers are asked about, and which of
 * them a review case requires. Selecting a purpose edits it; its code stays as created.
 */
@Route(value = Paths.CONSENT_PURPOSES, layout = MainLayout.class)
@RolesAllowed(Role.TENANT_ADMIN_NAME)
public class ConsentPurposesView extends VerticalLayout implements HasDynamicTitle {

    private final ConsentService consents;
    private final Grid<ConsentPurpose> grid = new Grid<>();
    private final TextField code = Fields.labelled(new TextField(), "purpose-code", "consentPurpose.code");
    private final TextField name = Fields.labelled(new TextField(), "purpose-name", "consentPurpose.name");
    private final TextField description = Fields.labelled(new TextField(), "purpose-description", "consentPurpose.description");
    private final Checkbox required = new Checkbox();
    private final TextField reason = Fields.labelled(new TextField(), "change-reason", "audit.reason");
    private ConsentPurpose editing;

    public ConsentPurposesView(ConsentService consents) {
        this.consents = consents;
        grid.setId("consent-purposes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ConsentPurpose::getCode).setHeader(getTranslation("consentPurpose.code")).setAutoWidth(true);
        grid.addColumn(ConsentPurpose::getName).setHeader(getTranslation("consentPurpose.name")).setFlexGrow(1);
        grid.addColumn(ConsentPurpose::getDescription).setHeader(getTranslation("consentPurpose.description")).setFlexGrow(2);
        grid.addColumn(purpose -> purpose.isRequiredForReview() ? getTranslation("consent.required") : "")
                .setHeader(getTranslation("consentPurpose.requiredForReview")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });
        required.setId("purpose-required");
        required.setLabel(getTranslation("consentPurpose.requiredForReview"));
        code.setMaxLength(ConsentPurpose.CODE_LENGTH);
        code.setHelperText(getTranslation("consent.code.help"));
        name.setMaxLength(ConsentPurpose.NAME_LENGTH);
        description.setMaxLength(ConsentPurpose.DESCRIPTION_LENGTH);
        description.setWidth("24rem");
        reason.setMaxLength(1000);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-purpose");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(getTranslation("consent.newPurpose"), click -> {
            grid.asSingleSelect().clear();
            edit(new ConsentPurpose(null, null, null, false));
        });
        add.setId("new-purpose");
        HorizontalLayout form = new HorizontalLayout(code, name, description, required, reason, save, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H2(getTranslation("consent.purposes.title")), new Paragraph(getTranslation("consent.purposes.help")), grid, form);
        refresh();
        edit(new ConsentPurpose(null, null, null, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consent.purposes.title");
    }

    private void refresh() {
        grid.setItems(consents.purposes());
    }

    private void edit(ConsentPurpose purpose) {
        editing = purpose;
        code.setValue(purpose.getCode() == null ? "" : purpose.getCode());
        code.setReadOnly(!purpose.isNew());
        name.setValue(purpose.getName() == null ? "" : purpose.getName());
        description.setValue(purpose.getDescription() == null ? "" : purpose.getDescription());
        required.setValue(purpose.isRequiredForReview());
        mark(null);
    }

    private void save() {
        ConsentPurpose target = editing.isNew()
                ? new ConsentPurpose(code.getValue().trim().toUpperCase(Locale.ROOT), name.getValue(), description.getValue(), required.getValue())
                : editing;
        if (!target.isNew()) {
            target.setName(name.getValue());
            target.setDescription(description.getValue());
            target.setRequiredForReview(required.getValue());
        }
        try {
            ConsentPurpose saved = consents.savePurpose(target, reason.getValue());
            Problems.showSuccess(getTranslation("consent.purposeSaved", saved.getName()));
            reason.clear();
            refresh();
            grid.asSingleSelect().clear();
            edit(new ConsentPurpose(null, null, null, false));
        } catch (UserFacingException e) {
            mark(e);
        }
    }

    private void mark(UserFacingException problem) {
        Map<String, HasValidation> fields = Map.of("code", code, "name", name);
        fields.values().forEach(field -> field.setInvalid(false));
        if (problem == null) {
            return;
        }
        HasValidation field = problem.field().map(fields::get).orElse(null);
        if (field == null) {
            Problems.showError(Problems.message(this, problem));
        } else {
            field.setErrorMessage(Problems.message(this, problem));
            field.setInvalid(true);
        }
    }
}
