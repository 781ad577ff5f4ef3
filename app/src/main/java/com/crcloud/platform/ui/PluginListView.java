package com.crcloud.platform.ui;

import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.pluginhost.service.PluginHost;
import com.crcloud.tenant.user.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Which plugins the host loaded from its plugins directory, and why any failed. */
@Route(value = Paths.PLUGINS, layout = MainLayout.class)
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class PluginListView extends VerticalLayout implements HasDynamicTitle {

    public PluginListView(PluginHost host) {
        setSizeFull();
        Grid<PluginHost.LoadedPlugin> grid = new Grid<>();
        grid.setId("plugin-grid");
        grid.addColumn(PluginHost.LoadedPlugin::id).setHeader(getTranslation("plugins.id")).setAutoWidth(true);
        grid.addColumn(PluginHost.LoadedPlugin::version).setHeader(getTranslation("plugins.version")).setAutoWidth(true);
        grid.addColumn(PluginHost.LoadedPlugin::provider).setHeader(getTranslation("plugins.provider")).setAutoWidth(true);
        grid.addColumn(plugin -> getTranslation("plugins.state." + plugin.state().name())).setHeader(getTranslation("plugins.state")).setAutoWidth(true);
        grid.addColumn(plugin -> String.join(", ", plugin.extensions())).setHeader(getTranslation("plugins.extensions")).setFlexGrow(1);
        grid.addColumn(plugin -> plugin.failure() == null ? plugin.description() : plugin.failure())
                .setHeader(getTranslation("plugins.details")).setFlexGrow(1);
        grid.setItems(host.plugins());
        add(new H2(getTranslation("plugins.title")),
                new Paragraph(getTranslation("plugins.directory", host.pluginsDir().toString())), grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.title");
    }
}
