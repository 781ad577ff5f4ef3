package com.crcloud.schema;

import com.crcloud.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrated schema (Flyway, then Hibernate's validate) follows the sharding conventions on this database:
 * every table with a tenant_id column leads its primary key and every index with it, except the documented
 * id-only keys that Hibernate's and Envers' writes need.
 */
@Tag("persistence")
class SchemaConventionsTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void every_tenant_owned_table_leads_its_keys_with_tenant_id() throws SQLException {
        Map<String, List<String>> violations = new TreeMap<>();
        List<String> tenantTables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            for (String table : tables(meta, catalog, schema)) {
                if (!hasColumn(meta, catalog, schema, table, "tenant_id")) {
                    continue;
                }
                tenantTables.add(table);
                Map<String, List<String>> keys = indexes(meta, catalog, schema, table);
                keys.put("PRIMARY KEY", primaryKey(meta, catalog, schema, table));
                keys.forEach((name, columns) -> {
                    // H2 names a constraint's backing index "<constraint>_INDEX_n".
                    String constraint = name.toLowerCase(Locale.ROOT).replaceFirst("_index_[0-9a-z]+$", "");
                    boolean documentedIdOnlyKey = constraint.equals("uk_" + table + "_id") || constraint.equals("ix_" + table + "_validity");
                    if (!documentedIdOnlyKey && !columns.isEmpty() && !columns.get(0).equalsIgnoreCase("tenant_id")) {
                        violations.computeIfAbsent(table, t -> new ArrayList<>()).add(name + " " + columns);
                    }
                });
            }
        }
        assertThat(tenantTables).contains("customer", "customer_aud", "user_account", "user_account_aud");
        assertThat(violations).as("keys not led by tenant_id").isEmpty();
    }

    private static List<String> tables(DatabaseMetaData meta, String catalog, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static boolean hasColumn(DatabaseMetaData meta, String catalog, String schema, String table, String column) throws SQLException {
        try (ResultSet rs = meta.getColumns(catalog, schema, table, null)) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
        Map<Short, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(columns.values());
    }

    private static Map<String, List<String>> indexes(DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
        Map<String, Map<Short, String>> byName = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || name.equalsIgnoreCase("PRIMARY") || name.toLowerCase(Locale.ROOT).startsWith("primary_key")) {
                    continue;
                }
                byName.computeIfAbsent(name, n -> new TreeMap<>()).put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
            }
        }
        Map<String, List<String>> result = new TreeMap<>();
        byName.forEach((name, columns) -> result.put(name, new ArrayList<>(columns.values())));
        return result;
    }
}
