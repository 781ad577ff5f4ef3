package com.crcloud.pluginhost.service;

import com.crcloud.pluginhost.domain.ExtensionUsageNativeRepository;
import com.crcloud.tenant.user.Authorities;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.util.List;

/** The platform area's view of installed plugins: state, SDK range, failures, recent errors and which tenants use them. */
@Service
public class PlatformPluginService {

    /** One installed plugin with the ids of the tenants that switched on at least one of its extensions. */
    public record PluginOverview(PluginHost.LoadedPlugin plugin, List<String> tenants) {
    }

    private final PluginHost host;
    private final ExtensionUsageNativeRepository usage;

    public PlatformPluginService(PluginHost host, ExtensionUsageNativeRepository usage) {
        this.host = host;
        this.usage = usage;
    }

    @Secured(Authorities.PLATFORM_ADMIN)
    public List<PluginOverview> overview() {
        var tenants = usage.tenantsByPlugin();
        return host.plugins().stream().map(plugin -> new PluginOverview(plugin, tenants.getOrDefault(plugin.id(), List.of()))).toList();
    }

    @Secured(Authorities.PLATFORM_ADMIN)
    public Path pluginsDir() {
        return host.pluginsDir();
    }
}
