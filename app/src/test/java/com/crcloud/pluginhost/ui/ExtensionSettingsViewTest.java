package com.crcloud.pluginhost.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerFilter;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.pluginhost.service.TenantExtension;
import com.crcloud.review.service.AutomatedChecksService;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

class ExtensionSettingsViewTest extends KaribuTest {

    @Autowired
    TenantExtensionService extensions;
    @Autowired
    CustomerService customers;
    @Autowired
    AutomatedChecksService checks;

    @SuppressWarnings("unchecked")
    private static Grid<TenantExtension> grid() {
        return _get(Grid.class, spec -> spec.withId("extension-grid"));
    }

    private static void open(String key) {
        List<TenantExtension> rows = _findAll(grid());
        int row = rows.stream().map(item -> item.extension().key()).toList().indexOf(key);
        _clickItem(grid(), row);
    }

    @Test
    void a_compliance_officer_uploads_a_watchlist_and_screening_then_flags_the_listed_customer() {
        signIn(LENDER, "compliance-officer");
        Customer listed = customers.search(CustomerFilter.ALL, PageRequest.of(5, 1)).getContent().get(0);
        UI.getCurrent().navigate(ExtensionSettingsView.class);
        open("compliance/watchlist-upload");

        _upload(_get(Upload.class, spec -> spec.withId("import-upload")), "internal-list.txt", "text/plain",
                (listed.getFullName() + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-report")).getText())
                .isEqualTo("internal-list.txt: 1 record(s) imported, 0 skipped, 0 problem(s).");
        assertThat(checks.run(listed.getId(), Locale.ENGLISH)).anySatisfy(result -> {
            assertThat(result.extensionKey()).isEqualTo("compliance/watchlist-screening");
            assertThat(result.status()).isEqualTo(CheckOutcome.WARN);
            assertThat(result.summary()).contains(listed.getFullName()).contains("internal-list");
        });
    }

    @Test
    void a_compliance_officer_sees_settings_but_cannot_change_them() {
        signIn(LENDER, "compliance-officer");
        UI.getCurrent().navigate(ExtensionSettingsView.class);
        open("kyc/age");
        assertThat(_get(TextField.class, spec -> spec.withId("setting-minimumAge")).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("save-extension"));
    }

    @Test
    void a_tenant_admin_sees_every_installed_extension_with_its_switch() {
        signIn(WEALTH, "tenant-admin");
        UI.getCurrent().navigate(ExtensionSettingsView.class);
        assertThat(_findAll(grid())).extracting(item -> item.extension().key())
                .contains("kyc/age");
    }

    @Test
    void a_setting_out_of_bounds_is_marked_on_its_field_and_a_valid_one_is_saved() {
        signIn(WEALTH, "tenant-admin");
        UI.getCurrent().navigate(ExtensionSettingsView.class);
        open("kyc/age");

        TextField minimumAge = _get(TextField.class, spec -> spec.withId("setting-minimumAge"));
        _setValue(minimumAge, "abc");
        _click(_get(Button.class, spec -> spec.withId("save-extension")));
        _expectInvalid(minimumAge, "“abc”不是数字");

        _setValue(minimumAge, "20");
        _setValue(_get(TextField.class, spec -> spec.withId("extension-reason")), "监管要求");
        _click(_get(Button.class, spec -> spec.withId("save-extension")));

        TenantExtension saved = extensions.list().stream()
                .filter(item -> item.extension().key().equals("kyc/age")).findFirst().orElseThrow();
        assertThat(saved.values()).containsEntry("minimumAge", "20");
        assertThat(saved.enabled()).isTrue();
    }
}
