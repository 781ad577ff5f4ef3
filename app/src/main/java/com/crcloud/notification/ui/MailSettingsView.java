package com.crcloud.notification.ui;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.ui.HistoryPanel;
import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.notification.domain.MailSecurity;
import com.crcloud.notification.domain.MailSettings;
import com.crcloud.notification.service.InvalidMailSettingsException;
import com.crcloud.notification.service.MailDelivery;
import com.crcloud.notification.service.MailSettingsService;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/**
 * The organisation's outgoing mail server for customer emails, with a test send before trusting it. The password
 * field is write-only: it stays empty, and leaving it empty keeps the stored password.
 */
@Route(value = Paths.MAIL_SETTINGS, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class MailSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final MailSettingsService service;
    private final TenantTime time;
    private final Binder<MailSettings> binder = new Binder<>(MailSettings.class);
    private final Checkbox enabled = new Checkbox();
    private final TextField host = new TextField();
    private final IntegerField port = new IntegerField();
    private final Select<MailSecurity> security = new Select<>();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final EmailField fromAddress = new EmailField();
    private final EmailField testRecipient = new EmailField();
    private final TextField reason = new TextField();
    private final Paragraph passwordState = new Paragraph();
    private final Map<String, HasValidation> fields;
    private final HistoryPanel<MailSettings> history;
    private MailSettings settings;

    public MailSettingsView(MailSettingsService service, AuditHistoryService audit, CurrentUser currentUser, TenantTime time) {
        this.service = service;
        this.time = time;
        this.history = new HistoryPanel<>(audit, MailSettings.class, time);
        this.fields = Map.of("host", host, "port", port, "security", security, "fromAddress", fromAddress,
                "testRecipient", testRecipient);
        boolean mayEdit = currentUser.require().hasRole(Role.TENANT_ADMIN);

        enabled.setId("mail-enabled");
        enabled.setLabel(getTranslation("mail.enabled"));
        Fields.labelled(host, "host", "mail.host");
        Fields.labelled(port, "port", "mail.port");
        port.setMin(1);
        port.setMax(65535);
        Fields.labelled(security, "security", "mail.security");
        security.setItems(MailSecurity.values());
        security.setItemLabelGenerator(value -> getTranslation("mail.security." + value.name()));
        Fields.labelled(username, "username", "mail.username");
        Fields.labelled(password, "password", "mail.password");
        password.setHelperText(getTranslation("mail.passwordHelp"));
        Fields.labelled(fromAddress, "fromAddress", "mail.fromAddress");
        passwordState.setId("password-state");

        binder.forField(enabled).bind(MailSettings::isEnabled, MailSettings::setEnabled);
        binder.forField(host).bind(MailSettings::getHost, MailSettings::setHost);
        binder.forField(port).asRequired(getTranslation("mail.error.port")).bind(MailSettings::getPort, MailSettings::setPort);
        binder.forField(security).bind(MailSettings::getSecurity, MailSettings::setSecurity);
        binder.forField(username).bind(MailSettings::getUsername, MailSettings::setUsername);
        binder.forField(fromAddress).bind(MailSettings::getFromAddress, MailSettings::setFromAddress);
        binder.setReadOnly(!mayEdit);
        password.setReadOnly(!mayEdit);

        FormLayout form = new FormLayout(enabled, host, port, security, username, password, passwordState, fromAddress);
        form.setColspan(enabled, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        reason.setId("change-reason");
        reason.setLabel(getTranslation("audit.reason"));
        reason.setHelperText(getTranslation("audit.reason.help"));
        reason.setWidth("28rem");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-mail-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout saving = new HorizontalLayout(reason, save);
        saving.setAlignItems(Alignment.BASELINE);

        Fields.labelled(testRecipient, "testRecipient", "mail.testRecipient");
        Button test = new Button(getTranslation("mail.sendTest"), click -> sendTest());
        test.setId("send-test-mail");
        HorizontalLayout testing = new HorizontalLayout(testRecipient, test);
        testing.setAlignItems(Alignment.BASELINE);
        saving.setVisible(mayEdit);
        testing.setVisible(mayEdit);

        add(new H2(getTranslation("mail.title")), new Paragraph(getTranslation("mail.intro")), form, saving, testing,
                new H3(getTranslation("audit.history")), history);
        show(service.current());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.title");
    }

    private void show(MailSettings shown) {
        settings = shown;
        binder.readBean(shown);
        password.clear();
        reason.clear();
        passwordState.setText(shown.getPasswordSetAt() == null ? getTranslation("mail.noPassword")
                : getTranslation("mail.passwordSetAt", time.format(shown.getPasswordSetAt(), getLocale())));
        history.setVisible(!shown.isNew());
        if (!shown.isNew()) {
            history.show(shown.getId());
        }
    }

    private void save() {
        clearErrors();
        try {
            binder.writeBean(settings);
        } catch (ValidationException e) {
            return;
        }
        try {
            show(service.save(settings, password.getValue(), reason.getValue()));
            Problems.showSuccess(getTranslation("mail.saved"));
        } catch (InvalidMailSettingsException e) {
            e.problems().forEach(this::mark);
        } catch (ConcurrentChangeException e) {
            Problems.showError(Problems.message(this, e));
        }
    }

    private void sendTest() {
        clearErrors();
        MailSettings onScreen = new MailSettings();
        try {
            binder.writeBean(onScreen);
        } catch (ValidationException e) {
            return;
        }
        if (password.isEmpty() && settings.getPassword() != null) {
            onScreen.changePassword(settings.getPassword(), settings.getPasswordSetAt());
        }
        try {
            MailDelivery delivery = service.sendTest(onScreen, password.getValue(), testRecipient.getValue(), getLocale());
            if (delivery.status() == MailDelivery.Status.SENT) {
                Problems.showSuccess(getTranslation("mail.testSent", testRecipient.getValue()));
            } else {
                Problems.showError(getTranslation("mail.testFailed", delivery.detail()));
            }
        } catch (InvalidMailSettingsException e) {
            e.problems().forEach(this::mark);
        }
    }

    private void mark(FieldProblem problem) {
        HasValidation field = fields.get(problem.field());
        field.setErrorMessage(Problems.message(this, problem));
        field.setInvalid(true);
    }

    private void clearErrors() {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
