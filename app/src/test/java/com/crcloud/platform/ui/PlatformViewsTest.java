package com.crcloud.platform.ui;

import com.crcloud.customer.service.CustomerService;
import com.crcloud.customer.ui.CustomerListView;
import com.crcloud.layout.AccessDeniedView;
import com.crcloud.pluginhost.domain.PluginInstallation;
import com.crcloud.pluginhost.service.PlatformPluginService;
import com.crcloud.pluginhost.service.PluginSignatures;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.RecordedStep;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCases;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.domain.TenantStatus;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.user.UserAccountRepository;
import com.crcloud.tenant.context.TenantContext;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

class PlatformViewsTest extends KaribuTest {

    @Autowired
    TenantRegistryService registry;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    PlatformPluginService plugins;
    @Autowired
    CustomerService customers;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private static Grid<Tenant> tenantGrid() {
        return _get(Grid.class, spec -> spec.withId("tenant-grid"));
    }

    private static List<Tenant> tenantRows() {
        return _findAll(tenantGrid());
    }

    @Test
    void a_platform_administrator_lands_on_the_tenant_list_and_has_no_customer_menu() {
        signIn(null, "platform-admin");
        UI.getCurrent().navigate("");

        assertThat(currentView()).isEqualTo(TenantListView.class);
        assertThat(tenantRows()).extracting(Tenant::getId).contains(LENDER, WEALTH);
        _assertNone(com.vaadin.flow.component.sidenav.SideNavItem.class, spec -> spec.withText("Customers"));
    }

    @Test
    void a_platform_administrator_cannot_open_tenant_business_views() {
        signIn(null, "platform-admin");
        UI.getCurrent().navigate(CustomerListView.class);
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        _assertNone(Grid.class, spec -> spec.withId("customer-grid"));
    }

    @Test
    void a_tenant_user_cannot_open_the_platform_area() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(TenantListView.class);
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        _assertNone(Grid.class, spec -> spec.withId("tenant-grid"));
    }

    @Test
    void opening_a_tenant_creates_it_with_its_first_administrator() {
        signIn(null, "platform-admin");
        UI.getCurrent().navigate(TenantListView.class);
        _click(_get(Button.class, spec -> spec.withId("new-tenant")));
        _setValue(_get(TextField.class, spec -> spec.withId("tenant-slug")), "harbour-credit");
        _setValue(_get(TextField.class, spec -> spec.withId("tenant-display-name")), "Harbour Credit Union");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-username")), "maria");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-display-name")), "Maria Chen");
        _setValue(_get(PasswordField.class, spec -> spec.withId("admin-password")), "a-long-password");
        _click(_get(Button.class, spec -> spec.withId("create-tenant")));

        assertThat(tenantRows()).extracting(Tenant::getId).contains("harbour-credit");
        var admin = TenantContext.callAs("harbour-credit", () -> new TransactionTemplate(transactionManager)
                .execute(status -> users.findByUsername("maria").orElseThrow()));
        assertThat(admin.getTenantId()).isEqualTo("harbour-credit");
        assertThat(admin.getRoles()).extracting(Enum::name).containsExactly("TENANT_ADMIN");
    }

    @Test
    void a_malformed_or_taken_organisation_id_is_marked_on_its_field_and_the_dialog_keeps_the_input() {
        signIn(null, "platform-admin");
        UI.getCurrent().navigate(TenantListView.class);
        _click(_get(Button.class, spec -> spec.withId("new-tenant")));
        TextField slug = _get(TextField.class, spec -> spec.withId("tenant-slug"));
        _setValue(slug, "Bad Slug!");
        _setValue(_get(TextField.class, spec -> spec.withId("tenant-display-name")), "Whatever Ltd");
        _click(_get(Button.class, spec -> spec.withId("create-tenant")));
        _expectInvalid(slug, "Use 3 to 40 lower-case letters, digits and hyphens, starting with a letter");
        assertThat(_get(TextField.class, spec -> spec.withId("tenant-display-name")).getValue()).isEqualTo("Whatever Ltd");

        _setValue(slug, LENDER);
        _setValue(_get(TextField.class, spec -> spec.withId("admin-username")), "someone");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-display-name")), "Some One");
        _setValue(_get(PasswordField.class, spec -> spec.withId("admin-password")), "a-long-password");
        _click(_get(Button.class, spec -> spec.withId("create-tenant")));
        _expectInvalid(slug, "The organisation ID " + LENDER + " is already taken");
    }

    @Test
    void suspending_and_reactivating_a_tenant_changes_its_status() {
        signIn(null, "platform-admin");
        UI.getCurrent().navigate(TenantListView.class);
        int row = tenantRows().stream().map(Tenant::getId).toList().indexOf(WEALTH);

        _click((Button) _getCellComponent(tenantGrid(), row, "action"));
        assertThat(registry.find(WEALTH).orElseThrow().getStatus()).isEqualTo(TenantStatus.SUSPENDED);
        _click((Button) _getCellComponent(tenantGrid(), row, "action"));
        assertThat(registry.find(WEALTH).orElseThrow().getStatus()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void a_jar_that_is_no_plugin_is_refused_on_upload_with_the_reason_and_logged() {
        signIn(null, "platform-admin");
        UI.getCurrent().navigate(PluginListView.class);

        _upload(_get(Upload.class, spec -> spec.withId("plugin-upload")), "notes.jar", "application/java-archive",
                "not a jar".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withId("plugin-upload-result")).getText())
                .isEqualTo("The file is not a jar (zip) file.");
        @SuppressWarnings("unchecked")
        List<PluginInstallation> log = _findAll(_get(Grid.class, spec -> spec.withId("plugin-actions-log")));
        assertThat(log.get(0).getAction()).isEqualTo(PluginInstallation.Action.REFUSED);
        assertThat(log.get(0).getFileName()).isEqualTo("notes.jar");
        assertThat(log.get(0).getSha256()).hasSize(64);
        assertThat(log.get(0).getActor()).isEqualTo("platform-admin");
    }

    @Test
    void the_plugin_page_lists_the_plugin_built_with_the_product() {
        signIn(null, "platform-admin");
        UI.getCurrent().navigate(PluginListView.class);
        @SuppressWarnings("unchecked")
        List<PlatformPluginService.PluginOverview> plugins = _findAll(_get(Grid.class, spec -> spec.withId("plugin-grid")));
        assertThat(plugins).anySatisfy(row -> {
            assertThat(row.plugin().id()).isEqualTo("kyc");
            assertThat(row.plugin().state().toString()).isEqualTo("STARTED");
            assertThat(row.plugin().requires()).isEqualTo(">=1.0.0 & <2.0.0");
            assertThat(row.tenants()).as("demo tenants switched it on").contains(LENDER, WEALTH);
        });
    }

    @Test
    void uninstalling_or_disabling_a_plugin_review_cases_used_warns_with_its_usage_and_their_stored_results_stay_readable() {
        actAs(LENDER, "reviewer");
        ReviewCase reviewCase = new TestCases(cases).assessed(customers.save(TestCustomers.reviewable("Plugin Usage", "20000.00"), null));
        List<RecordedStep> before = cases.steps(reviewCase.getId());
        assertThat(before).anyMatch(step -> step.result().extensionKey().startsWith("kyc/"));
        Long kycSteps = jdbc.queryForObject("SELECT COUNT(*) FROM review_case_step WHERE extension_key LIKE 'kyc/%'", Long.class);

        signIn(null, "platform-admin");
        UI.getCurrent().navigate(PluginListView.class);
        @SuppressWarnings("unchecked")
        Grid<PlatformPluginService.PluginOverview> grid = _get(Grid.class, spec -> spec.withId("plugin-grid"));
        int row = _findAll(grid).stream().map(overview -> overview.plugin().id()).toList().indexOf("kyc");
        assertThat(_findAll(grid).get(row).storedResults()).isEqualTo(kycSteps);
        String count = String.format(Locale.ENGLISH, "%,d", kycSteps);
        assertThat(_getFormattedRow(grid, row)).contains(count + " stored results");

        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("uninstall-kyc")));
        ConfirmDialog uninstall = _get(ConfirmDialog.class, spec -> spec.withId("plugin-confirm"));
        assertThat(uninstall.getElement().getProperty("message")).startsWith("Plugin kyc is used by review cases: " + count)
                .contains("Uninstalling removes the jar", "stay readable");
        uninstall.close();
        assertThat(plugins.overview()).anySatisfy(overview -> assertThat(overview.plugin().id()).isEqualTo("kyc"));

        _click(_get(actions, Button.class, spec -> spec.withId("toggle-kyc")));
        ConfirmDialog warning = _get(ConfirmDialog.class, spec -> spec.withId("plugin-confirm"));
        assertThat(warning.getElement().getProperty("message")).startsWith("Plugin kyc is used by review cases: " + count
                + " stored step results, switched on by ").contains(LENDER).contains("stay readable");
        try {
            ComponentUtil.fireEvent(warning, new ConfirmDialog.ConfirmEvent(warning, false));
            assertThat(plugins.overview()).filteredOn(overview -> overview.plugin().id().equals("kyc"))
                    .singleElement().satisfies(overview -> assertThat(overview.plugin().state()).isEqualTo(PluginState.DISABLED));

            actAs(LENDER, "reviewer");
            assertThat(cases.steps(reviewCase.getId())).isEqualTo(before);
        } finally {
            actAs(null, "platform-admin");
            plugins.enable("kyc");
        }
    }

    @Test
    void a_jar_uploaded_with_a_signature_no_trusted_key_made_is_refused_and_the_signature_is_not_reused() {
        signIn(null, "platform-admin");
        UI.getCurrent().navigate(PluginListView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("plugin-signature-policy")).getText()).startsWith("Signatures are optional");

        _upload(_get(Upload.class, spec -> spec.withId("plugin-signature-upload")), "vendor.jar.sig", "application/octet-stream",
                new byte[256]);
        assertThat(_get(Paragraph.class, spec -> spec.withId("plugin-signature-status")).getText())
                .isEqualTo("Signature vendor.jar.sig attached to the next jar upload.");
        _upload(_get(Upload.class, spec -> spec.withId("plugin-upload")), "vendor.jar", "application/java-archive",
                "not a jar".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withId("plugin-upload-result")).getText())
                .startsWith("The signature of vendor.jar was not made with any trusted key");
        assertThat(_get(Paragraph.class, spec -> spec.withId("plugin-signature-status")).getText()).isEmpty();

        _upload(_get(Upload.class, spec -> spec.withId("plugin-upload")), "vendor.jar", "application/java-archive",
                "not a jar".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plugin-upload-result")).getText())
                .as("unsigned and optional: checked as a jar").isEqualTo("The file is not a jar (zip) file.");
    }

    @Test
    void an_administrator_trusts_a_vendor_key_in_the_browser_and_a_jar_signed_with_it_passes_the_signature_check() throws Exception {
        signIn(null, "platform-admin");
        UI.getCurrent().navigate(PluginListView.class);
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        java.security.KeyPair vendor = generator.generateKeyPair();
        String name = "karibu-vendor-" + System.nanoTime();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder().encodeToString(vendor.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        try {
            _upload(_get(Upload.class, spec -> spec.withId("trusted-key-upload")), name + ".pem", "application/x-pem-file",
                    pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII));

            @SuppressWarnings("unchecked")
            Grid<PluginSignatures.TrustedKey> keys = _get(Grid.class, spec -> spec.withId("trusted-keys"));
            assertThat(_findAll(keys)).extracting(PluginSignatures.TrustedKey::name).contains(name);
            assertThat(_get(Paragraph.class, spec -> spec.withId("plugin-signature-policy")).getText()).contains(name);
            @SuppressWarnings("unchecked")
            List<PluginInstallation> log = _findAll(_get(Grid.class, spec -> spec.withId("plugin-actions-log")));
            assertThat(log.get(0).getAction()).isEqualTo(PluginInstallation.Action.KEY_TRUSTED);

            byte[] jar = "signed, but not a jar".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.security.Signature signer = java.security.Signature.getInstance("SHA256withRSA");
            signer.initSign(vendor.getPrivate());
            signer.update(jar);
            _upload(_get(Upload.class, spec -> spec.withId("plugin-signature-upload")), "vendor.jar.sig", "application/octet-stream",
                    signer.sign());
            _upload(_get(Upload.class, spec -> spec.withId("plugin-upload")), "vendor.jar", "application/java-archive", jar);
            assertThat(_get(Paragraph.class, spec -> spec.withId("plugin-upload-result")).getText())
                    .as("the signature passed; the jar itself is checked next").isEqualTo("The file is not a jar (zip) file.");

            int row = _findAll(keys).stream().map(PluginSignatures.TrustedKey::name).toList().indexOf(name);
            _click((Button) _getCellComponent(keys, row, "remove"));
            assertThat(_findAll(keys)).extracting(PluginSignatures.TrustedKey::name).doesNotContain(name);
        } finally {
            if (plugins.signaturePolicy().trustedKeys().stream().anyMatch(key -> key.name().equals(name))) {
                plugins.removeKey(name);
            }
        }
    }
}
