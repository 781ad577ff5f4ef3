package com.crcloud.pluginhost.ui;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.pluginhost.service.TenantExtension;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The tenant's plugin extensions: the administrator switches each on or off and sets its parameters; the
 * administrator and compliance officers upload data files (watchlists, reference lists) to importers.
 */
@Route(value = Paths.EXTENSION_SETTINGS, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME})
public class ExtensionSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final TenantExtensionService extensions;
    private final Grid<TenantExtension> grid = new Grid<>();

    public ExtensionSettingsView(TenantExtensionService extensions, AuditHistoryService audit, TenantTime time, CurrentUser currentUser) {
        this.extensions = extensions;
        setSizeFull();
        grid.setId("extension-grid");
        grid.addColumn(item -> item.extension().name(getLocale())).setHeader(getTranslation("extensions.name"))
                .setKey("name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(item -> getTranslation("extensions.kind." + item.extension().kind().name()))
                .setHeader(getTranslation("extensions.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.extension().pluginId() + " " + item.extension().pluginVersion())
                .setHeader(getTranslation("extensions.plugin")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::enabledBadge).setHeader(getTranslation("extensions.enabled")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.values().isEmpty() ? getTranslation("extensions.defaults") : item.values().toString())
                .setHeader(getTranslation("extensions.values")).setFlexGrow(1);
        boolean mayConfigure = currentUser.require().hasRole(Role.TENANT_ADMIN);
        grid.addItemClickListener(click -> new ExtensionSettingsDialog(click.getItem(), extensions, audit, time, mayConfigure,
                this::refresh).open());
        grid.setSizeFull();
        add(new H2(getTranslation("extensions.title")), new Paragraph(getTranslation("extensions.intro")), grid);
        expand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("extensions.title");
    }

    private void refresh() {
        grid.setItems(extensions.list());
    }

    private Component enabledBadge(TenantExtension item) {
        Span badge = new Span(getTranslation(item.enabled() ? "extensions.on" : "extensions.off"));
        badge.getElement().getThemeList().add(item.enabled() ? "badge success" : "badge contrast");
        return badge;
    }
}
