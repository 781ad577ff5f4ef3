package com.crcloud.platform.ui;

import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.domain.TenantStatus;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The platform area: every tenant with its status; open a new one, suspend or re-activate. No business data. */
@Route(value = Paths.TENANTS, layout = MainLayout.class)
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class TenantListView extends VerticalLayout implements HasDynamicTitle {

    private final TenantRegistryService registry;
    private final Grid<Tenant> grid = new Grid<>();

    public TenantListView(TenantRegistryService registry, TenantTime time) {
        this.registry = registry;
        setSizeFull();

        Button create = new Button(getTranslation("tenants.new"), VaadinIcon.PLUS.create(),
                click -> new NewTenantDialog(registry, this::refresh).open());
        create.setId("new-tenant");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("tenant-grid");
        grid.addColumn(Tenant::getId).setHeader(getTranslation("tenant.slug")).setAutoWidth(true);
        grid.addColumn(Tenant::getDisplayName).setHeader(getTranslation("tenant.displayName")).setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("tenant.status")).setAutoWidth(true);
        grid.addColumn(tenant -> tenant.getLocale().getDisplayName(getLocale())).setHeader(getTranslation("tenant.locale")).setAutoWidth(true);
        grid.addColumn(tenant -> tenant.getTimeZone().getId()).setHeader(getTranslation("tenant.timeZone")).setAutoWidth(true);
        grid.addColumn(tenant -> time.format(tenant.getCreatedAt(), getLocale())).setHeader(getTranslation("tenant.createdAt")).setAutoWidth(true);
        grid.addComponentColumn(this::statusAction).setKey("action").setAutoWidth(true);
        grid.setSizeFull();

        add(new H2(getTranslation("tenants.title")), create, grid);
        expand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title");
    }

    private void refresh() {
        grid.setItems(registry.listTenants());
    }

    private Component statusBadge(Tenant tenant) {
        Span badge = new Span(getTranslation("tenant.status." + tenant.getStatus().name()));
        badge.getElement().getThemeList().add(tenant.isActive() ? "badge success" : "badge contrast");
        return badge;
    }

    private Component statusAction(Tenant tenant) {
        TenantStatus target = tenant.isActive() ? TenantStatus.SUSPENDED : TenantStatus.ACTIVE;
        Button button = new Button(getTranslation(tenant.isActive() ? "tenants.suspend" : "tenants.activate"), click -> {
            try {
                registry.changeStatus(tenant.getId(), target);
                Problems.showSuccess(getTranslation("tenants.statusChanged", tenant.getDisplayName(),
                        getTranslation("tenant.status." + target.name())));
            } catch (UserFacingException e) {
                Problems.showError(Problems.message(this, e));
            }
            refresh();
        });
        button.setId("status-" + tenant.getId());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, tenant.isActive() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        return button;
    }
}
