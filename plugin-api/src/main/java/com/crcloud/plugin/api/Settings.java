package com.crcloud.plugin.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's validated settings for one extension, by parameter name. The host has already checked every value
 * against the extension's {@link SettingDefinition}s and filled in defaults, so the typed getters only fail for
 * a name the extension never declared (a programming error).
 */
public final class Settings {

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(values);
    }

    public static Settings none() {
        return new Settings(Map.of());
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }

    public int integer(String name) {
        return Integer.parseInt(require(name).trim());
    }

    public BigDecimal decimal(String name) {
        return new BigDecimal(require(name).trim());
    }

    public boolean bool(String name) {
        return Boolean.parseBoolean(require(name).trim());
    }

    public Map<String, String> asMap() {
        return values;
    }

    private String require(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Setting '" + name + "' has no value; declare it with a default");
        }
        return value;
    }
}
