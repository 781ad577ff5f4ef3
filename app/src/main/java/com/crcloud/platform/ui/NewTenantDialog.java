package com.crcloud.platform.ui;

import com.crcloud.i18n.Translations;
import com.crcloud.tenant.provisioning.NewTenant;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** Opens a tenant with its first administrator. A refused request keeps everything typed and marks the field. */
class NewTenantDialog extends Dialog {

    private final TextField slug = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Locale> locale = new Select<>();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final TextField adminUsername = new TextField();
    private final TextField adminDisplayName = new TextField();
    private final EmailField adminEmail = new EmailField();
    private final PasswordField adminPassword = new PasswordField();

    NewTenantDialog(TenantRegistryService registry, Runnable onCreated) {
        setHeaderTitle(getTranslation("tenants.new"));
        Fields.labelled(slug, "tenant-slug", "tenant.slug");
        slug.setHelperText(getTranslation("tenant.slug.help"));
        Fields.labelled(displayName, "tenant-display-name", "tenant.displayName");
        Fields.labelled(locale, "tenant-locale", "tenant.locale");
        locale.setItems(Translations.SUPPORTED);
        locale.setItemLabelGenerator(value -> getTranslation("language." + value.toLanguageTag()));
        locale.setValue(Translations.ENGLISH);
        Fields.labelled(timeZone, "tenant-time-zone", "tenant.timeZone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue("Asia/Shanghai");
        Fields.labelled(adminUsername, "admin-username", "tenant.adminUsername");
        Fields.labelled(adminDisplayName, "admin-display-name", "tenant.adminDisplayName");
        Fields.labelled(adminEmail, "admin-email", "tenant.adminEmail");
        Fields.labelled(adminPassword, "admin-password", "tenant.adminPassword");
        adminPassword.setHelperText(getTranslation("user.error.passwordLength", 10));

        Map<String, HasValidation> fields = Map.of("slug", slug, "displayName", displayName, "locale", locale,
                "timeZone", timeZone, "username", adminUsername, "adminDisplayName", adminDisplayName,
                "password", adminPassword);

        add(new FormLayout(slug, displayName, locale, timeZone, adminUsername, adminDisplayName, adminEmail, adminPassword));
        Button create = new Button(getTranslation("action.create"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                var tenant = registry.provision(new NewTenant(slug.getValue().trim(), displayName.getValue(), locale.getValue(),
                        timeZone.getValue() == null ? null : ZoneId.of(timeZone.getValue()), adminUsername.getValue(),
                        adminDisplayName.getValue(), adminEmail.getValue(), adminPassword.getValue()));
                Problems.showSuccess(getTranslation("tenants.created", tenant.getDisplayName()));
                onCreated.run();
                close();
            } catch (UserFacingException e) {
                HasValidation field = e.field().map(fields::get).orElse(null);
                if (field == null) {
                    Problems.showError(Problems.message(this, e));
                } else {
                    field.setErrorMessage(Problems.message(this, e));
                    field.setInvalid(true);
                }
            }
        });
        create.setId("create-tenant");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }
}
