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

import com.crcloud.tenant.support.UserFacingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * Loads the PF4J plugins found in the plugins directory at start-up, installs, upgrades, disables and removes
 * them at run time, refuses those built for another SDK version, and keeps the catalogue of their extensions. A jar that cannot be loaded, or an extension that fails
 * to describe itself, is reported (state and reason) and skipped; it never stops the host.
 */
@Service
public class PluginHost {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);
    private static final int ERRORS_KEPT_PER_PLUGIN = 20;

    /** What the platform area shows about each plugin. */
    public record LoadedPlugin(String id, String version, String provider, String description, String requires,
                               PluginState state, String failure, List<String> extensions, List<ExtensionError> recentErrors,
                               String sha256) {
    }

    /** A plugin jar that was installed or replaced an older version. */
    public record Installed(String pluginId, String version, String sha256, String replacedVersion) {
    }

    /** A failed extension call, kept in memory on this node for the platform area. */
    public record ExtensionError(Instant at, String tenantId, String extensionId, String cause) {
    }

    private final PluginManager pluginManager;
    private final Path pluginsDir;
    private volatile List<InstalledExtension> extensions;
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
        refreshCatalogue();
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
                plugin.getDescriptor().getPluginDescription(), requires, plugin.getPluginState(), failure, keys, errorsCopy,
                PluginJarInspector.sha256(plugin.getPluginPath()));
    }

    /**
     * Installs a plugin jar uploaded by a platform administrator, or replaces the installed version of the same
     * plugin. The jar is inspected before anything changes; if the new version fails to start, the previous one
     * is put back. Per node: every node of a cluster must share the plugins directory.
     *
     * @throws UserFacingException naming why the jar was refused; the running plugins are unaffected
     */
    public synchronized Installed install(String fileName, byte[] content) {
        PluginJarInspector.Descriptor descriptor = PluginJarInspector.inspect(content, pluginManager.getVersionManager());
        String sha256 = PluginJarInspector.sha256(content);
        PluginWrapper existing = pluginManager.getPlugin(descriptor.id());
        if (existing != null && sha256.equals(PluginJarInspector.sha256(existing.getPluginPath()))) {
            throw new UserFacingException(null, "plugins.error.alreadyInstalled", descriptor.id(), descriptor.version());
        }
        try {
            Path backup = null;
            String replaced = null;
            if (existing != null) {
                replaced = existing.getDescriptor().getVersion();
                backup = Files.createTempFile("plugin-backup-", ".jar");
                Files.copy(existing.getPluginPath(), backup, StandardCopyOption.REPLACE_EXISTING);
                Path oldPath = existing.getPluginPath();
                stopAndUnload(existing.getPluginId());
                Files.deleteIfExists(oldPath);
            }
            Path target = pluginsDir.resolve(descriptor.id() + "-" + descriptor.version() + ".jar");
            Files.createDirectories(pluginsDir);
            Files.write(target, content);
            String failure = loadAndStart(target);
            if (failure != null) {
                Files.deleteIfExists(target);
                if (backup != null) {
                    Path restored = pluginsDir.resolve(descriptor.id() + "-" + replaced + ".jar");
                    Files.move(backup, restored, StandardCopyOption.REPLACE_EXISTING);
                    loadAndStart(restored);
                }
                refreshCatalogue();
                throw new UserFacingException(null, "plugins.error.startFailed", descriptor.id(), failure);
            }
            if (backup != null) {
                Files.deleteIfExists(backup);
            }
            refreshCatalogue();
            log.info("Installed plugin {} {} (sha-256 {}){}", descriptor.id(), descriptor.version(), sha256,
                    replaced == null ? "" : ", replacing " + replaced);
            return new Installed(descriptor.id(), descriptor.version(), sha256, replaced);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write plugin " + descriptor.id() + " to " + pluginsDir, e);
        }
    }

    /** Stops a plugin and keeps it stopped across restarts (PF4J's disabled list in the plugins directory). */
    public synchronized void disable(String pluginId) {
        requirePlugin(pluginId);
        pluginManager.disablePlugin(pluginId);
        refreshCatalogue();
    }

    public synchronized void enable(String pluginId) {
        requirePlugin(pluginId);
        pluginManager.enablePlugin(pluginId);
        pluginManager.startPlugin(pluginId);
        refreshCatalogue();
    }

    /** Stops, unloads and deletes a plugin. Tenants' settings for it stay, so reinstalling restores them. */
    public synchronized void uninstall(String pluginId) {
        requirePlugin(pluginId);
        pluginManager.deletePlugin(pluginId);
        refreshCatalogue();
    }

    private void requirePlugin(String pluginId) {
        if (pluginManager.getPlugin(pluginId) == null) {
            throw new UserFacingException(null, "plugins.error.unknown", pluginId);
        }
    }

    /** Loads and starts a jar; returns why it did not start, or null. */
    private String loadAndStart(Path jar) {
        String id;
        try {
            id = pluginManager.loadPlugin(jar);
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        PluginWrapper plugin = pluginManager.getPlugin(id);
        PluginState state = plugin.getPluginState() == PluginState.DISABLED ? PluginState.DISABLED : pluginManager.startPlugin(id);
        if (state == PluginState.STARTED || state == PluginState.DISABLED) {
            return null;
        }
        String cause = plugin.getFailedException() == null ? "state " + state : plugin.getFailedException().getMessage();
        stopAndUnload(id);
        return cause;
    }

    private void stopAndUnload(String pluginId) {
        if (pluginManager.getPlugin(pluginId).getPluginState() == PluginState.STARTED) {
            pluginManager.stopPlugin(pluginId);
        }
        pluginManager.unloadPlugin(pluginId);
    }

    private void refreshCatalogue() {
        describeFailures.clear();
        extensions = List.copyOf(catalogue());
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
            stopAndUnload(plugin.getPluginId());
        }
    }
}
