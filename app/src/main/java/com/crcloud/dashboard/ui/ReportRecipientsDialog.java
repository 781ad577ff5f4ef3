package com.crcloud.dashboard.ui;

import com.crcloud.dashboard.domain.DashboardReportSettings;
import com.crcloud.dashboard.service.MonthlyReportDelivery;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Who receives the monthly review report by email. Tenant administrators edit; compliance officers see the list.
 * A refused address stays on screen with the reason, nothing typed is lost.
 */
class ReportRecipientsDialog extends Dialog {

    ReportRecipientsDialog(MonthlyReportDelivery delivery, boolean mayEdit) {
        setId("report-recipients");
        setHeaderTitle(getTranslation("dashboard.mail.title"));
        DashboardReportSettings current = delivery.current();
        Checkbox enabled = new Checkbox(getTranslation("dashboard.mail.enabled"), current.isEnabled());
        enabled.setId("report-enabled");
        TextArea recipients = new TextArea(getTranslation("dashboard.mail.recipients"));
        recipients.setId("report-recipients-field");
        recipients.setHelperText(getTranslation("dashboard.mail.recipientsHelp"));
        recipients.setValue(String.join("\n", current.getRecipients()));
        recipients.setWidthFull();
        Span lastSent = new Span(current.getLastSentMonth() == null ? getTranslation("dashboard.mail.neverSent")
                : getTranslation("dashboard.mail.lastSent", current.getLastSentMonth().toString()));
        lastSent.addClassName("secondary-text");
        enabled.setReadOnly(!mayEdit);
        recipients.setReadOnly(!mayEdit);
        add(enabled, recipients, lastSent);
        setWidth("32em");

        Button close = new Button(getTranslation("action.close"), click -> close());
        if (mayEdit) {
            Button save = new Button(getTranslation("dashboard.mail.save"), click -> {
                try {
                    delivery.save(enabled.getValue(), recipients.getValue());
                    Problems.showSuccess(getTranslation("dashboard.mail.saved"));
                    close();
                } catch (UserFacingException e) {
                    recipients.setInvalid(true);
                    recipients.setErrorMessage(Problems.message(this, e));
                }
            });
            save.setId("report-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close, save);
        } else {
            getFooter().add(close);
        }
    }
}
