package com.crcloud.notification.ui;

import com.crcloud.notification.domain.MailSecurity;
import com.crcloud.notification.domain.MailSettings;
import com.crcloud.notification.service.MailSettingsService;
import com.crcloud.support.KaribuTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class MailSettingsViewTest extends KaribuTest {

    @Autowired
    MailSettingsService mailSettings;

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @BeforeEach
    void startMailServer() {
        smtp.start();
        smtp.setUser("reviews@jade-wealth.example", "reviews", "s3cret-smtp");
    }

    @AfterEach
    void switchMailOff() {
        actAs(WEALTH, "tenant-admin");
        MailSettings settings = mailSettings.current();
        if (!settings.isNew()) {
            settings.setEnabled(false);
            mailSettings.save(settings, null, "test clean-up");
        }
        smtp.stop();
    }

    @Test
    void an_administrator_tries_the_server_with_a_test_email_then_saves_it_and_the_password_is_never_shown_again() {
        signIn(WEALTH, "tenant-admin");
        UI.getCurrent().navigate(MailSettingsView.class);

        _setValue(_get(Checkbox.class, spec -> spec.withId("mail-enabled")), true);
        _setValue(_get(TextField.class, spec -> spec.withId("host")), "127.0.0.1");
        _setValue(_get(IntegerField.class, spec -> spec.withId("port")), smtp.getSmtp().getPort());
        _setValue(_get(Select.class, spec -> spec.withId("security")), MailSecurity.NONE);
        _setValue(_get(TextField.class, spec -> spec.withId("username")), "reviews");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "s3cret-smtp");
        _setValue(_get(EmailField.class, spec -> spec.withId("fromAddress")), "reviews@jade-wealth.example");
        _setValue(_get(EmailField.class, spec -> spec.withId("testRecipient")), "admin@jade-wealth.example");
        _click(_get(Button.class, spec -> spec.withId("send-test-mail")));
        assertThat(smtp.getReceivedMessages()).as(notificationTexts().toString()).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("save-mail-settings")));

        assertThat(_get(PasswordField.class, spec -> spec.withId("password")).getValue()).isEmpty();
        MailSettings saved = mailSettings.current();
        assertThat(saved.isEnabled()).isTrue();
        assertThat(saved.getPassword()).isEqualTo("s3cret-smtp");
        assertThat(saved.getPasswordSetAt()).isNotNull();
    }

    @Test
    void a_misspelt_server_or_sender_is_marked_on_its_field_and_nothing_is_saved() {
        signIn(WEALTH, "tenant-admin");
        UI.getCurrent().navigate(MailSettingsView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("host")), "smtp server.example");
        _setValue(_get(EmailField.class, spec -> spec.withId("fromAddress")), "reviews@jade-wealth.example");
        _click(_get(Button.class, spec -> spec.withId("save-mail-settings")));

        TextField host = _get(TextField.class, spec -> spec.withId("host"));
        assertThat(host.isInvalid()).isTrue();
        assertThat(host.getErrorMessage()).as("in the tenant's language").contains("字母、数字");
        assertThat(host.getValue()).as("what was typed stays").isEqualTo("smtp server.example");
        assertThat(mailSettings.current().getHost()).isNotEqualTo("smtp server.example");

        _setValue(_get(EmailField.class, spec -> spec.withId("fromAddress")), "reviews-at-example");
        _click(_get(Button.class, spec -> spec.withId("save-mail-settings")));
        assertThat(_get(EmailField.class, spec -> spec.withId("fromAddress")).isInvalid()).isTrue();
    }

    @Test
    void an_auditor_reads_the_settings_without_save_or_test_buttons() {
        signIn(WEALTH, "auditor");
        UI.getCurrent().navigate(MailSettingsView.class);

        assertThat(_get(TextField.class, spec -> spec.withId("host")).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("save-mail-settings"));
        _assertNone(Button.class, spec -> spec.withId("send-test-mail"));
    }
}
