package com.crcloud.pluginhost.service;

import com.crcloud.config.CrcProperties;
import com.crcloud.plugin.api.ReviewCheck;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Loads the PF4J plugins found in the plugins directory at start-up. A jar that cannot be loaded is reported
 * (state FAILED with the reason) and skipped; it never stops the host.
 */
@Service
public class PluginHost {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

    /** What the platform area shows about each plugin. */
    public record LoadedPlugin(String id, String version, String provider, String description, PluginState state,
                               String failure, List<String> extensions) {
    }

    private final PluginManager pluginManager;
    private final Path pluginsDir;

    public PluginHost(CrcProperties properties) {
        this.pluginsDir = properties.pluginsDir().toAbsolutePath().normalize();
        this.pluginManager = new DefaultPluginManager(pluginsDir);
        if (Files.isDirectory(pluginsDir)) {
            pluginManager.loadPlugins();
            pluginManager.startPlugins();
        } else {
            log.warn("Plugins directory {} does not exist: no plugins loaded", pluginsDir);
        }
        log.info("Loaded {} plugin(s) from {}: {}", pluginManager.getPlugins().size(), pluginsDir, plugins());
    }

    public Path pluginsDir() {
        return pluginsDir;
    }

    /** Review checks of every started plugin. */
    public List<ReviewCheck> reviewChecks() {
        return pluginManager.getExtensions(ReviewCheck.class);
    }

    public List<LoadedPlugin> plugins() {
        return pluginManager.getPlugins().stream()
                .sorted(Comparator.comparing(PluginWrapper::getPluginId))
                .map(this::describe)
                .toList();
    }

    private LoadedPlugin describe(PluginWrapper plugin) {
        Throwable failure = plugin.getFailedException();
        List<String> extensions = plugin.getPluginState() == PluginState.STARTED
                ? pluginManager.getExtensionClassNames(plugin.getPluginId()).stream().sorted().toList()
                : List.of();
        return new LoadedPlugin(plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                plugin.getDescriptor().getProvider(), plugin.getDescriptor().getPluginDescription(),
                plugin.getPluginState(), failure == null ? null : failure.getMessage(), extensions);
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
