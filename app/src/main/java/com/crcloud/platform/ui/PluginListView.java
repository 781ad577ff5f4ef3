package com.crcloud.platform.ui;

import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.pluginhost.service.PlatformPluginService;
import com.crcloud.pluginhost.service.PlatformPluginService.PluginOverview;
import com.crcloud.tenant.user.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Installed plugins: version, SDK range, state and why a plugin is not usable, recent errors, tenants using it. */
@Route(value = Paths.PLUGINS, layout = MainLayout.class)
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class PluginListView extends VerticalLayout implements HasDynamicTitle {

    public PluginListView(PlatformPluginService plugins) {
        setSizeFull();
        Grid<PluginOverview> grid = new Grid<>();
        grid.setId("plugin-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> row.plugin().id()).setHeader(getTranslation("plugins.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.plugin().version()).setHeader(getTranslation("plugins.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.plugin().provider()).setHeader(getTranslation("plugins.provider")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.plugin().requires()).setHeader(getTranslation("plugins.requires")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation("plugins.state." + row.plugin().state().name()))
                .setHeader(getTranslation("plugins.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> String.join(", ", row.plugin().extensions())).setHeader(getTranslation("plugins.extensions")).setFlexGrow(1);
        grid.addColumn(row -> String.join(", ", row.tenants())).setHeader(getTranslation("plugins.tenants")).setKey("tenants").setFlexGrow(1);
        grid.addColumn(row -> row.plugin().failure() == null ? row.plugin().description() : row.plugin().failure())
                .setHeader(getTranslation("plugins.details")).setKey("details").setFlexGrow(2);
        grid.addColumn(row -> row.plugin().recentErrors().isEmpty() ? "" : row.plugin().recentErrors().size() + " · "
                        + row.plugin().recentErrors().get(0).extensionId() + ": " + row.plugin().recentErrors().get(0).cause())
                .setHeader(getTranslation("plugins.recentErrors")).setKey("errors").setFlexGrow(1);
        grid.setItems(plugins.overview());
        add(new H2(getTranslation("plugins.title")),
                new Paragraph(getTranslation("plugins.directory", plugins.pluginsDir().toString())), grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.title");
    }
}
