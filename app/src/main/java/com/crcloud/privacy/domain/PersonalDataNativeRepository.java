package com.crcloud.privacy.domain;

import com.crcloud.privacy.domain.PersonalDataColumns.EncryptedTable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads and rewrites the encrypted columns below the entities, for key rotation: one tenant at a time (every
 * statement leads with tenant_id, as on a shard), in key order by keyset pages, and each rewrite only where the
 * row still holds what was read, so a concurrent change by the application is never overwritten.
 */
@Repository
public class PersonalDataNativeRepository {

    private final JdbcTemplate jdbc;

    public PersonalDataNativeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a complete pass has brought every encrypted value under this key version. */
    public boolean completed(int keyVersion) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_rotation WHERE key_version = ?", Integer.class, keyVersion) > 0;
    }

    public void markCompleted(int keyVersion, Instant at) {
        try {
            jdbc.update("INSERT INTO personal_data_rotation (key_version, completed_at) VALUES (?, ?)", keyVersion, Timestamp.from(at));
        } catch (DuplicateKeyException anotherNodeFinishedFirst) {
            // Either record says the same.
        }
    }

    public List<String> tenants() {
        return jdbc.queryForList("SELECT id FROM tenant ORDER BY id", String.class);
    }

    /** The next page of rows after {@code after} (the previous page's last key, or null for the first page). */
    public List<Map<String, Object>> page(EncryptedTable table, String tenant, List<Object> after, int size) {
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", table.columns()))
                .append(" FROM ").append(table.name()).append(" WHERE tenant_id = ?");
        List<Object> arguments = new ArrayList<>(List.of(tenant));
        if (after != null) {
            sql.append(" AND (").append(String.join(", ", table.keyColumns())).append(") > (")
                    .append("?, ".repeat(table.keyColumns().size() - 1)).append("?)");
            arguments.addAll(after);
        }
        sql.append(" ORDER BY ").append(String.join(", ", table.keyColumns())).append(" LIMIT ").append(size);
        return jdbc.queryForList(sql.toString(), arguments.toArray());
    }

    /**
     * Writes the new values where the row still holds the old ones; returns whether it did. Binary columns are
     * never changed by the application after insert, and not every database compares them, so they are not checked.
     */
    public boolean replace(EncryptedTable table, String tenant, Map<String, Object> old, Map<String, Object> replacement) {
        StringJoiner set = new StringJoiner(", ");
        List<Object> arguments = new ArrayList<>();
        replacement.forEach((column, value) -> {
            set.add(column + " = ?");
            arguments.add(value);
        });
        StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
        arguments.add(tenant);
        for (String key : table.keyColumns()) {
            where.append(" AND ").append(key).append(" = ?");
            arguments.add(old.get(key));
        }
        for (String column : replacement.keySet()) {
            if (table.binaryColumns().contains(column)) {
                continue;
            }
            Object value = old.get(column);
            if (value == null) {
                where.append(" AND ").append(column).append(" IS NULL");
            } else {
                where.append(" AND ").append(column).append(" = ?");
                arguments.add(value);
            }
        }
        return jdbc.update("UPDATE " + table.name() + " SET " + set + where, arguments.toArray()) == 1;
    }
}
