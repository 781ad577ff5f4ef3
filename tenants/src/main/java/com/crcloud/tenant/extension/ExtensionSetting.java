package com.crcloud.tenant.extension;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether one plugin extension is switched on for the tenant, and the values the tenant gave its settings.
 * Values are kept as sorted {@code name=value} lines, so the audit trail shows readable before/after text.
 */
@Entity
@Table(name = "extension_setting")
@Audited
public class ExtensionSetting extends TenantOwnedEntity {

    @Column(name = "plugin_id", nullable = false, length = 100)
    private String pluginId;

    @Column(name = "extension_id", nullable = false, length = 100)
    private String extensionId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "setting_values", nullable = false, length = 8000)
    private String values = "";

    protected ExtensionSetting() {
    }

    public ExtensionSetting(String pluginId, String extensionId) {
        this.pluginId = pluginId;
        this.extensionId = extensionId;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getExtensionId() {
        return extensionId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The values the tenant set, by setting name (settings left at their default are absent). */
    public Map<String, String> getValues() {
        Map<String, String> result = new TreeMap<>();
        java.util.Properties properties = new java.util.Properties();
        try {
            properties.load(new StringReader(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.stringPropertyNames().forEach(name -> result.put(name, properties.getProperty(name)));
        return result;
    }

    public void setValues(Map<String, String> newValues) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(newValues).forEach((name, value) -> text.append(escape(name)).append('=').append(escape(value)).append('\n'));
        this.values = text.toString();
    }

    /** Escapes as java.util.Properties reads it back: backslash, line breaks, and the separators in keys. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '=', ':', '#', '!' -> escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
