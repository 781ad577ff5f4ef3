package com.crcloud.platform.ui;

import com.crcloud.customer.ui.CustomerListView;
import com.crcloud.layout.AccessDeniedView;
import com.crcloud.pluginhost.domain.PluginInstallation;
import com.crcloud.pluginhost.service.PlatformPluginService;
import com.crcloud.support.KaribuTest;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.domain.TenantStatus;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.user.UserAccountRepository;
import com.crcloud.tenant.context.TenantContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
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
}
