package com.crcloud.consent.ui;

import com.crcloud.consent.domain.ConsentChannel;
import com.crcloud.consent.domain.ConsentPurpose;
import com.crcloud.consent.domain.ConsentRecord;
import com.crcloud.consent.domain.ConsentStatus;
import com.crcloud.consent.service.ConsentService;
import com.crcloud.consent.service.CustomerConsents;
import com.crcloud.consent.service.PurposeConsent;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The consent section of the customer page: per purpose the declaration in force (required ones first), a form to
 * record a consent given or withdrawn, and every declaration ever recorded.
 */
public class ConsentSection extends VerticalLayout {

    private final ConsentService consents;
    private final TenantTime time;
    private final Clock clock;
    private final Grid<PurposeConsent> current = new Grid<>();
    private final Grid<ConsentRecord> history = new Grid<>();
    private final Select<ConsentPurpose> purpose = Fields.labelled(new Select<>(), "consent-purpose", "consentRecord.purposeId");
    private final Select<ConsentStatus> status = Fields.labelled(new Select<>(), "consent-status", "consentRecord.status");
    private final Select<ConsentChannel> channel = Fields.labelled(new Select<>(), "consent-channel", "consentRecord.channel");
    private final DateTimePicker effectiveAt = Fields.labelled(new DateTimePicker(), "consent-effective-at", "consentRecord.effectiveAt");
    private final TextField note = Fields.labelled(new TextField(), "consent-note", "consentRecord.note");
    private final HorizontalLayout form;
    private UUID customerId;
    private CustomerConsents shown;

    public ConsentSection(ConsentService consents, TenantTime time, Clock clock, boolean mayRecord) {
        this.consents = consents;
        this.time = time;
        this.clock = clock;
        setPadding(false);
        setId("consent-section");

        current.setId("consents-in-force");
        current.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        current.addColumn(state -> state.purpose().getName()).setHeader(getTranslation("consentPurpose.name")).setFlexGrow(1);
        current.addColumn(state -> state.purpose().isRequiredForReview() ? getTranslation("consent.required") : "")
                .setHeader(getTranslation("consentPurpose.requiredForReview")).setAutoWidth(true);
        current.addColumn(state -> state.inForce().map(record -> getTranslation("consent.status." + record.getStatus().name()))
                .orElse(getTranslation("consent.none"))).setHeader(getTranslation("consentRecord.status")).setAutoWidth(true);
        current.addColumn(state -> state.inForce().map(record -> time.format(record.getEffectiveAt(), getLocale())).orElse(""))
                .setHeader(getTranslation("consentRecord.effectiveAt")).setAutoWidth(true);
        current.addColumn(state -> state.inForce().map(record -> getTranslation("consent.channel." + record.getChannel().name())).orElse(""))
                .setHeader(getTranslation("consentRecord.channel")).setAutoWidth(true);
        current.setAllRowsVisible(true);

        history.setId("consent-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(record -> time.format(record.getEffectiveAt(), getLocale())).setHeader(getTranslation("consentRecord.effectiveAt")).setAutoWidth(true);
        history.addColumn(record -> shown.purposeName(record)).setHeader(getTranslation("consentRecord.purposeId")).setFlexGrow(1);
        history.addColumn(record -> getTranslation("consent.status." + record.getStatus().name())).setHeader(getTranslation("consentRecord.status")).setAutoWidth(true);
        history.addColumn(record -> getTranslation("consent.channel." + record.getChannel().name())).setHeader(getTranslation("consentRecord.channel")).setAutoWidth(true);
        history.addColumn(ConsentRecord::getRecordedBy).setHeader(getTranslation("consentRecord.recordedBy")).setAutoWidth(true);
        history.addColumn(record -> time.format(record.getRecordedAt(), getLocale())).setHeader(getTranslation("consentRecord.recordedAt")).setAutoWidth(true);
        history.addColumn(ConsentRecord::getNote).setHeader(getTranslation("consentRecord.note")).setFlexGrow(1);
        history.setAllRowsVisible(true);

        purpose.setItemLabelGenerator(value -> value == null ? "" : value.getName());
        status.setItems(ConsentStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "" : getTranslation("consent.status." + value.name()));
        channel.setItems(ConsentChannel.values());
        channel.setItemLabelGenerator(value -> value == null ? "" : getTranslation("consent.channel." + value.name()));
        note.setMaxLength(ConsentRecord.NOTE_LENGTH);
        Button record = new Button(getTranslation("consent.record"), click -> record());
        record.setId("record-consent");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form = new HorizontalLayout(purpose, status, channel, effectiveAt, note, record);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(mayRecord);

        add(new H3(getTranslation("consent.title")), current, form, new H4(getTranslation("consent.history")), history);
    }

    public void show(UUID customer) {
        this.customerId = customer;
        this.shown = consents.consentsOf(customer);
        current.setItems(shown.purposes());
        history.setItems(shown.history());
        purpose.setItems(shown.purposes().stream().map(PurposeConsent::purpose).toList());
        purpose.clear();
        status.clear();
        channel.clear();
        note.clear();
        effectiveAt.setValue(LocalDateTime.now(clock.withZone(time.zone())));
        markAll(null);
    }

    private void record() {
        try {
            consents.record(customerId, purpose.getValue() == null ? null : purpose.getValue().getId(), status.getValue(),
                    effectiveAt.getValue() == null ? null : effectiveAt.getValue().atZone(time.zone()).toInstant(),
                    channel.getValue(), note.getValue());
            Problems.showSuccess(getTranslation("consent.recorded"));
            show(customerId);
        } catch (UserFacingException e) {
            markAll(e);
        }
    }

    /** Shows a refusal on the field it concerns (or as a notification); nothing typed is lost. */
    private void markAll(UserFacingException problem) {
        Map<String, HasValidation> fields = Map.of("purpose", purpose, "status", status, "channel", channel, "effectiveAt", effectiveAt);
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
