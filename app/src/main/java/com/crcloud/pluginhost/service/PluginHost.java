package com.crcloud.pluginhost.service;

import com.crcloud.config.CrcProperties;
import com.crcloud.plugin.api.Configurable;
import com.crcloud.plugin.api.PluginApi;
import com.crcloud.plugin.api.SettingDefinition;
import jakarta.annotation.PreDestroy;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the PF4J plugins found in the plugins directory at start-up, refuses those built for another SDK
 * version, and keeps the catalogue of their extensions. A jar that cannot be loaded, or an extension that fails
 * to describe itself, is reported (state and reason) and skipped; it never stops the host.
 */
@Service
public class PluginHost {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);
    private static final int ERRORS_KEPT_PER_PLUGIN = 20;

    /** What the platform area shows about each plugin. */
    public record LoadedPlugin(String id, String version, String provider, String description, String requires,
                               PluginState state, String failure, List<String> extensions, List<ExtensionError> recentErrors) {
    }

    /** A failed extension call, kept in memory on this node for the platform area. */
    public record ExtensionError(Instant at, String tenantId, String extensionId, String cause) {
    }

    private final PluginManager pluginManager;
    private final Path pluginsDir;
    private final List<InstalledExtension> extensions;
    private final Map<String, String> describeFailures = new ConcurrentHashMap<>();
    private final Map<String, Deque<ExtensionError>> recentErrors = new ConcurrentHashMap<>();

    public PluginHost(CrcProperties properties) {
        this.pluginsDir = properties.pluginsDir().toAbsolutePath().normalize();
        DefaultPluginManager manager = new DefaultPluginManager(pluginsDir);
        manager.setSystemVersion(PluginApi.VERSION);
        this.pluginManager = manager;
        if (Files.isDirectory(pluginsDir)) {
            pluginManager.loadPlugins();
            pluginManager.startPlugins();
        } else {
            log.warn("Plugins directory {} does not exist: no plugins loaded", pluginsDir);
        }
        this.extensions = List.copyOf(catalogue());
        log.info("Loaded {} plugin(s) with {} extension(s) from {}", pluginManager.getPlugins().size(), extensions.size(), pluginsDir);
        plugins().stream().filter(plugin -> plugin.failure() != null)
                .forEach(plugin -> log.warn("Plugin {} not usable: {}", plugin.id(), plugin.failure()));
    }

    public Path pluginsDir() {
        return pluginsDir;
    }

    /** Every extension of every started plugin, in plugin then kind order. */
    public List<InstalledExtension> extensions() {
        return extensions;
    }

    public List<LoadedPlugin> plugins() {
        return pluginManager.getPlugins().stream()
                .sorted(Comparator.comparing(PluginWrapper::getPluginId))
                .map(this::describe)
                .toList();
    }

    /** Remembers a failed call for the platform area's "recent errors". */
    void recordError(InstalledExtension extension, String tenantId, String cause) {
        Deque<ExtensionError> errors = recentErrors.computeIfAbsent(extension.pluginId(), id -> new ArrayDeque<>());
        synchronized (errors) {
            errors.addFirst(new ExtensionError(Instant.now(), tenantId, extension.id(), cause));
            while (errors.size() > ERRORS_KEPT_PER_PLUGIN) {
                errors.removeLast();
            }
        }
    }

    private List<InstalledExtension> catalogue() {
        List<InstalledExtension> result = new ArrayList<>();
        for (PluginWrapper plugin : pluginManager.getStartedPlugins()) {
            Set<String> ids = new HashSet<>();
            for (ExtensionKind kind : ExtensionKind.values()) {
                for (Configurable extension : pluginManager.getExtensions(kind.type(), plugin.getPluginId())) {
                    try {
                        String id = extension.id();
                        Map<String, String> names = extension.names();
                        List<SettingDefinition> settings = extension.settings();
                        if (id == null || id.isBlank() || !ids.add(id)) {
                            throw new IllegalStateException("extension id '" + id + "' is blank or used twice");
                        }
                        result.add(new InstalledExtension(plugin.getPluginId(), plugin.getDescriptor().getVersion(), kind,
                                id, names, settings, extension));
                    } catch (RuntimeException e) {
                        String cause = extension.getClass().getName() + " cannot describe itself: " + e.getMessage();
                        describeFailures.merge(plugin.getPluginId(), cause, (a, b) -> a + "; " + b);
                        log.warn("Plugin {}: {}", plugin.getPluginId(), cause);
                    }
                }
            }
        }
        return result;
    }

    private LoadedPlugin describe(PluginWrapper plugin) {
        String requires = plugin.getDescriptor().getRequires();
        String failure;
        if (plugin.getPluginState() != PluginState.STARTED
                && !pluginManager.getVersionManager().checkVersionConstraint(PluginApi.VERSION, requires)) {
            failure = "needs plugin-api " + requires + " but this host provides " + PluginApi.VERSION;
        } else if (plugin.getFailedException() != null) {
            failure = plugin.getFailedException().getMessage();
        } else {
            failure = describeFailures.get(plugin.getPluginId());
        }
        List<String> keys = extensions == null ? List.of() : extensions.stream()
                .filter(extension -> extension.pluginId().equals(plugin.getPluginId())).map(InstalledExtension::id).toList();
        Deque<ExtensionError> errors = recentErrors.getOrDefault(plugin.getPluginId(), new ArrayDeque<>());
        List<ExtensionError> errorsCopy;
        synchronized (errors) {
            errorsCopy = List.copyOf(errors);
        }
        return new LoadedPlugin(plugin.getPluginId(), plugin.getDescriptor().getVersion(), plugin.getDescriptor().getProvider(),
                plugin.getDescriptor().getPluginDescription(), requires, plugin.getPluginState(), failure, keys, errorsCopy);
    }

    /**
     * Stops and unloads plugin by plugin, newest first: PF4J 3.15's own stopPlugins() modifies the list it iterates
     * and fails with a ConcurrentModificationException.
     */
    @PreDestroy
    void stop() {
        List<PluginWrapper> loaded = new ArrayList<>(pluginManager.getPlugins());
        Collections.reverse(loaded);
        for (PluginWrapper plugin : loaded) {
            if (plugin.getPluginState() == PluginState.STARTED) {
                pluginManager.stopPlugin(plugin.getPluginId());
            }
            pluginManager.unloadPlugin(plugin.getPluginId());
        }
    }
}
