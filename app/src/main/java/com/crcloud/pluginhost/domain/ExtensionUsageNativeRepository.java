package com.crcloud.pluginhost.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one deliberate cross-tenant read: which tenants have switched on an extension of each plugin, for the
 * platform area's plugin list. It returns tenant ids only, never tenant business data, and runs outside
 * Hibernate because the tenant filter (rightly) refuses platform sessions.
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
}
