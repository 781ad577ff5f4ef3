package com.crcloud.pluginhost.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one deliberate cross-tenant read: which tenants have switched on an extension of each plugin, and how many
 * stored case step results its extensions produced, for the platform area's plugin list. It returns tenant ids
 * and counts only, never tenant business data, and runs outside Hibernate because the tenant filter (rightly)
 * refuses platform sessions.
 */
@Repository
public class ExtensionUsageNativeRepository {

    private final JdbcTemplate jdbc;

    public ExtensionUsageNativeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Tenant ids by plugin id, for plugins with at least one enabled extension. */
    public Map<String, List<String>> tenantsByPlugin() {
        Map<String, TreeSet<String>> usage = new TreeMap<>();
        jdbc.query("SELECT DISTINCT plugin_id, tenant_id FROM extension_setting WHERE enabled = TRUE",
                row -> {
                    usage.computeIfAbsent(row.getString("plugin_id"), plugin -> new TreeSet<>()).add(row.getString("tenant_id"));
                });
        Map<String, List<String>> result = new TreeMap<>();
        usage.forEach((plugin, tenants) -> result.put(plugin, List.copyOf(tenants)));
        return result;
    }

    /**
     * Stored case step results by plugin id, over all tenants. Step rows keep the extension key
     * ({@code pluginId/extensionId}) and everything a reviewer reads, so they stay readable without the plugin.
     */
    public Map<String, Long> storedStepsByPlugin() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT extension_key, COUNT(*) AS steps FROM review_case_step GROUP BY extension_key", row -> {
            String key = row.getString("extension_key");
            int slash = key.indexOf('/');
            counts.merge(slash < 0 ? key : key.substring(0, slash), row.getLong("steps"), Long::sum);
        });
        return counts;
    }
}
