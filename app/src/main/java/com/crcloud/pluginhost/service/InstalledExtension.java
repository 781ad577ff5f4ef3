package com.crcloud.pluginhost.service;

import com.crcloud.plugin.api.Configurable;
import com.crcloud.plugin.api.SettingDefinition;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One extension of a started plugin, with what it declared about itself read once at start-up.
 *
 * @param extension the plugin's instance; call it only through {@link ExtensionRunner}
 */
public record InstalledExtension(String pluginId, String pluginVersion, ExtensionKind kind, String id,
                                 Map<String, String> names, List<SettingDefinition> settings, Configurable extension) {

    public InstalledExtension {
        names = Map.copyOf(names);
        settings = List.copyOf(settings);
    }

    /** {@code pluginId/extensionId}, unique across the installation. */
    public String key() {
        return pluginId + "/" + id;
    }

    public String name(Locale locale) {
        String tag = "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
        return names.getOrDefault(tag, names.getOrDefault("en", id));
    }

    public <T extends Configurable> T as(Class<T> type) {
        return type.cast(extension);
    }
}
