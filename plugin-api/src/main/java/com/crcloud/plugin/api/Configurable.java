package com.crcloud.plugin.api;

import java.util.List;
import java.util.Map;

/**
 * What every extension tells the host about itself: a stable id, names to show, and the settings tenants may
 * change. The host lists the extension under its plugin, lets each tenant switch it on, and renders its settings.
 */
public interface Configurable {

    /** Stable identifier, unique within the plugin (e.g. {@code "resident-id"}). Never change it once released. */
    String id();

    /** Display name by language tag; {@code "en"} required, {@code "zh-CN"} recommended. */
    Map<String, String> names();

    /** The settings tenants may change; none by default. */
    default List<SettingDefinition> settings() {
        return List.of();
    }
}
