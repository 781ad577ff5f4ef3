package com.crcloud.audit.domain;

import com.crcloud.privacy.domain.PersonalDataColumns;
import com.crcloud.privacy.service.PersonalDataCipher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Raw access for the tenant's hash chain: the canonical content of revisions (the revision row, its change list
 * and every audit row written in it, across all tenant audit tables, found from the schema so a new audited
 * entity is covered without code), the chain columns, the per-tenant head row that serialises sealing, and the
 * comparison of live rows with their latest audited state. Every statement carries the tenant.
 */
@Repository
public class AuditChainNativeRepository {

    /** Columns Envers rewrites after the fact (the end of a row's validity): not part of what a revision wrote. */
    private static final Set<String> MUTABLE_AUDIT_COLUMNS = Set.of("revend", "revend_tstmp");
    private static final Set<String> AUDIT_ONLY_COLUMNS = Set.of("tenant_id", "id", "rev", "revtype", "revend", "revend_tstmp");
    public static final String GENESIS = "0".repeat(64);

    /** An audit table and its columns, sorted by name. */
    public record AuditTable(String name, String baseTable, List<String> columns) {
    }

    /** A sealed revision: its position in the chain and the hash sealed for it. */
    public record Sealed(long revision, long seq, String hash) {
    }

    /** The chain's head: the last sealed position and hash, and where the chain starts after purges. */
    public record Head(long lastSeq, String lastHash, long anchorSeq, String anchorHash) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private volatile List<AuditTable> auditTables;

    public AuditChainNativeRepository(NamedParameterJdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Every tenant-owned audit table with a live table beside it, read from the schema once. */
    public List<AuditTable> auditTables() {
        if (auditTables == null) {
            auditTables = jdbc.getJdbcTemplate().execute((ConnectionCallback<List<AuditTable>>) connection -> {
                DatabaseMetaData meta = connection.getMetaData();
                Map<String, TreeSet<String>> columns = new TreeMap<>();
                try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                    while (rs.next()) {
                        columns.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new TreeSet<>())
                                .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                List<AuditTable> tables = new ArrayList<>();
                columns.forEach((table, names) -> {
                    String base = table.endsWith("_aud") ? table.substring(0, table.length() - 4) : null;
                    if (base != null && names.contains("tenant_id") && columns.containsKey(base)) {
                        tables.add(new AuditTable(table, base, names.stream().filter(c -> !MUTABLE_AUDIT_COLUMNS.contains(c)).toList()));
                    }
                });
                return List.copyOf(tables);
            });
        }
        return auditTables;
    }

    /** The tenant's head row, locked until the caller's transaction ends; created at the genesis if missing. */
    public Head lockHead(String tenant) {
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", tenant).addValue("genesis", GENESIS);
        List<Head> heads = selectHeadForUpdate(params);
        if (heads.isEmpty()) {
            try {
                jdbc.update("INSERT INTO audit_chain_head (revision_tenant_id, last_seq, last_hash, anchor_seq, anchor_hash)"
                        + " VALUES (:tenant, 0, :genesis, 0, :genesis)", params);
            } catch (DuplicateKeyException concurrentlyCreated) {
                // another sealer created it meanwhile: lock theirs
            }
            heads = selectHeadForUpdate(params);
        }
        return heads.get(0);
    }

    public Head head(String tenant) {
        List<Head> heads = jdbc.query("SELECT last_seq, last_hash, anchor_seq, anchor_hash FROM audit_chain_head WHERE revision_tenant_id = :tenant",
                new MapSqlParameterSource("tenant", tenant), (rs, n) -> head(rs));
        return heads.isEmpty() ? new Head(0, GENESIS, 0, GENESIS) : heads.get(0);
    }

    private List<Head> selectHeadForUpdate(MapSqlParameterSource params) {
        return jdbc.query("SELECT last_seq, last_hash, anchor_seq, anchor_hash FROM audit_chain_head WHERE revision_tenant_id = :tenant FOR UPDATE",
                params, (rs, n) -> head(rs));
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getLong("last_seq"), rs.getString("last_hash"), rs.getLong("anchor_seq"), rs.getString("anchor_hash"));
    }

    public void moveHead(String tenant, long lastSeq, String lastHash) {
        jdbc.update("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE revision_tenant_id = :tenant",
                new MapSqlParameterSource("tenant", tenant).addValue("seq", lastSeq).addValue("hash", lastHash));
    }

    /** Committed revisions of the tenant not yet in its chain, oldest first. */
    public List<Long> unsealed(String tenant, int limit) {
        return jdbc.queryForList("SELECT id FROM audit_revision WHERE revision_tenant_id = :tenant AND chain_seq IS NULL ORDER BY id LIMIT :limit",
                new MapSqlParameterSource("tenant", tenant).addValue("limit", limit), Long.class);
    }

    public void seal(String tenant, long revision, long seq, String hash) {
        jdbc.update("UPDATE audit_revision SET chain_seq = :seq, chain_hash = :hash WHERE revision_tenant_id = :tenant AND id = :revision",
                new MapSqlParameterSource("tenant", tenant).addValue("revision", revision).addValue("seq", seq).addValue("hash", hash));
    }

    /** The first chain position after the anchor held by one of the given revisions of the tenant, if any. */
    public Long firstPositionOf(String tenant, Collection<Long> revisions, long anchorSeq) {
        if (revisions.isEmpty()) {
            return null;
        }
        return jdbc.queryForObject("SELECT MIN(chain_seq) FROM audit_revision WHERE revision_tenant_id = :tenant"
                        + " AND chain_seq > :anchor AND id IN (:revisions)",
                new MapSqlParameterSource("tenant", tenant).addValue("anchor", anchorSeq).addValue("revisions", revisions), Long.class);
    }

    /** The tenant's sealed revisions after a position, in chain order. */
    public List<Sealed> sealedAfter(String tenant, long afterSeq, int limit) {
        return jdbc.query("SELECT id, chain_seq, chain_hash FROM audit_revision WHERE revision_tenant_id = :tenant AND chain_seq > :after"
                        + " ORDER BY chain_seq LIMIT :limit",
                new MapSqlParameterSource("tenant", tenant).addValue("after", afterSeq).addValue("limit", limit),
                (rs, n) -> new Sealed(rs.getLong("id"), rs.getLong("chain_seq"), rs.getString("chain_hash")));
    }

    /**
     * The canonical text of each given revision of the tenant: its revision row, its change list and every audit
     * row it wrote, each value length-prefixed so no value can imitate a separator. One query per audit table for
     * the whole batch. Revisions of other tenants yield nothing.
     */
    public Map<Long, String> canonicalContent(String tenant, Collection<Long> revisions) {
        Map<Long, List<String>> parts = new HashMap<>();
        if (revisions.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", tenant).addValue("revisions", revisions);
        jdbc.query("SELECT id, revision_timestamp, revision_tenant_id, username, user_roles, screen, reason FROM audit_revision"
                + " WHERE revision_tenant_id = :tenant AND id IN (:revisions)", params, rs -> {
            parts.computeIfAbsent(rs.getLong("id"), r -> new ArrayList<>()).add(0, "revision " + row(rs,
                    List.of("id", "revision_timestamp", "revision_tenant_id", "username", "user_roles", "screen", "reason")));
        });
        jdbc.query("SELECT revision_id, entity_type, entity_id, change_type FROM audit_revision_change"
                + " WHERE revision_tenant_id = :tenant AND revision_id IN (:revisions)", params, rs -> {
            parts.computeIfAbsent(rs.getLong("revision_id"), r -> new ArrayList<>())
                    .add("change " + row(rs, List.of("entity_type", "entity_id", "change_type")));
        });
        for (AuditTable table : auditTables()) {
            jdbc.query("SELECT " + String.join(", ", table.columns()) + " FROM " + table.name()
                    + " WHERE tenant_id = :tenant AND rev IN (:revisions)", params, rs -> {
                parts.computeIfAbsent(rs.getLong("rev"), r -> new ArrayList<>()).add(table.name() + " " + row(rs, table.name(), table.columns()));
            });
        }
        Map<Long, String> content = new HashMap<>();
        parts.forEach((revision, lines) -> {
            List<String> sorted = new ArrayList<>(lines);
            // The revision line first, then everything else in a stable order.
            String first = sorted.stream().filter(line -> line.startsWith("revision ")).findFirst().orElse("revision -");
            sorted.remove(first);
            sorted.sort(null);
            content.put(revision, first + "\n" + String.join("\n", sorted));
        });
        return content;
    }

    /**
     * Compares every live row of the tenant's audited tables with its latest audited state, reporting each row
     * that differs, has no audited state or has vanished.
     */
    public void compareLiveRows(String tenant, Consumer<TrailFinding> findings, Runnable onRowChecked) {
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", tenant);
        for (AuditTable table : auditTables()) {
            List<String> audited = table.columns().stream().filter(c -> !AUDIT_ONLY_COLUMNS.contains(c)).toList();
            StringBuilder select = new StringBuilder("SELECT b.id AS b_id, a.rev AS a_rev, a.revtype AS a_revtype");
            for (int i = 0; i < audited.size(); i++) {
                select.append(", b.").append(audited.get(i)).append(" AS b_").append(i)
                        .append(", a.").append(audited.get(i)).append(" AS a_").append(i);
            }
            select.append(" FROM ").append(table.baseTable()).append(" b LEFT JOIN ").append(table.name())
                    .append(" a ON a.tenant_id = b.tenant_id AND a.id = b.id AND a.revend IS NULL WHERE b.tenant_id = :tenant");
            jdbc.query(select.toString(), params, rs -> {
                onRowChecked.run();
                String id = rs.getString("b_id");
                Object rev = rs.getObject("a_rev");
                if (rev == null || rs.getInt("a_revtype") == 2) {
                    findings.accept(new TrailFinding(TrailFinding.Kind.LIVE_ROW_UNAUDITED, rev == null ? null : rs.getLong("a_rev"),
                            table.baseTable(), id, null));
                    return;
                }
                for (int i = 0; i < audited.size(); i++) {
                    if (!clear(rs, "b_" + i, table.baseTable(), audited.get(i)).equals(clear(rs, "a_" + i, table.name(), audited.get(i)))) {
                        findings.accept(new TrailFinding(TrailFinding.Kind.LIVE_ROW_ALTERED, rs.getLong("a_rev"),
                                table.baseTable(), id, audited.get(i)));
                        return;
                    }
                }
            });
            jdbc.query("SELECT a.id, a.rev FROM " + table.name() + " a WHERE a.tenant_id = :tenant AND a.revend IS NULL AND a.revtype <> 2"
                    + " AND NOT EXISTS (SELECT 1 FROM " + table.baseTable() + " b WHERE b.tenant_id = a.tenant_id AND b.id = a.id)",
                    params, rs -> {
                findings.accept(new TrailFinding(TrailFinding.Kind.LIVE_ROW_MISSING, rs.getLong("rev"), table.baseTable(),
                        rs.getString("id"), null));
            });
        }
    }

    private static String row(ResultSet rs, List<String> columns) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (String column : columns) {
            append(row, column, value(rs, column));
        }
        return row.toString();
    }

    private String row(ResultSet rs, String table, List<String> columns) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (String column : columns) {
            append(row, column, clear(rs, column, table, column));
        }
        return row.toString();
    }

    private static void append(StringBuilder row, String column, String value) {
        row.append(column).append(':').append(value.length()).append(':').append(value).append(';');
    }

    /**
     * A column's value, decrypted where it holds personal data: each write encrypts with a fresh nonce (so a live row
     * and its audit row hold different ciphertext) and key rotation re-encrypts, while the chain and the comparison
     * are about what the data says. A value that fails its integrity check was changed outside the application.
     */
    private String clear(ResultSet rs, String label, String table, String column) throws SQLException {
        if (!PersonalDataColumns.isEncrypted(table, column)) {
            return value(rs, label);
        }
        Object stored = rs.getObject(label);
        try {
            if (stored instanceof byte[] bytes) {
                return HexFormat.of().formatHex(cipher.decrypt(bytes));
            }
            return stored == null ? "\u2205" : cipher.decrypt(rs.getString(label));
        } catch (IllegalStateException tampered) {
            return "undecryptable:" + value(rs, label);
        }
    }

    /** A column's value as text that does not depend on how the driver happens to scale or wrap it. */
    private static String value(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return "\u2205";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Boolean bool) {
            return bool ? "1" : "0";
        }
        return rs.getString(column);
    }

    /**
     * The last chain position whose revision and all before it (after the anchor) were committed before the
     * cutoff: the end of what a purge may take, since the chain is cut only as a prefix.
     */
    public long lastPositionBefore(String tenant, long cutoffMillis, long anchorSeq, long lastSeq) {
        Long firstYoung = jdbc.queryForObject("SELECT MIN(chain_seq) FROM audit_revision WHERE revision_tenant_id = :tenant"
                        + " AND chain_seq > :anchor AND revision_timestamp >= :cutoff",
                new MapSqlParameterSource("tenant", tenant).addValue("anchor", anchorSeq).addValue("cutoff", cutoffMillis), Long.class);
        return firstYoung == null ? lastSeq : firstYoung - 1;
    }

    /** The hash sealed at a position of the tenant's chain. */
    public String hashAt(String tenant, long seq) {
        return jdbc.queryForObject("SELECT chain_hash FROM audit_revision WHERE revision_tenant_id = :tenant AND chain_seq = :seq",
                new MapSqlParameterSource("tenant", tenant).addValue("seq", seq), String.class);
    }

    /**
     * Deletes the history of chain positions (anchor, upTo]: audit rows already superseded by a later state or
     * recording a deletion, the change lists, and revision rows no audit row refers to any more. The latest state
     * of every live record stays (the live rows are compared with it). Returns the revision rows deleted.
     */
    public int purge(String tenant, long anchorSeq, long upTo) {
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", tenant).addValue("anchor", anchorSeq).addValue("upTo", upTo);
        String purged = "SELECT r.id FROM audit_revision r WHERE r.revision_tenant_id = :tenant AND r.chain_seq > :anchor AND r.chain_seq <= :upTo";
        for (AuditTable table : auditTables()) {
            jdbc.update("DELETE FROM " + table.name() + " WHERE tenant_id = :tenant AND (revend IS NOT NULL OR revtype = 2)"
                    + " AND rev IN (" + purged + ")", params);
        }
        jdbc.update("DELETE FROM audit_revision_change WHERE revision_tenant_id = :tenant AND revision_id IN (" + purged + ")", params);
        StringBuilder unreferenced = new StringBuilder("DELETE FROM audit_revision WHERE revision_tenant_id = :tenant"
                + " AND chain_seq > :anchor AND chain_seq <= :upTo");
        for (AuditTable table : auditTables()) {
            unreferenced.append(" AND NOT EXISTS (SELECT 1 FROM ").append(table.name()).append(" k WHERE k.tenant_id = :tenant")
                    .append(" AND k.rev = audit_revision.id)");
        }
        return jdbc.update(unreferenced.toString(), params);
    }

    public void moveAnchor(String tenant, long anchorSeq, String anchorHash) {
        jdbc.update("UPDATE audit_chain_head SET anchor_seq = :seq, anchor_hash = :hash WHERE revision_tenant_id = :tenant",
                new MapSqlParameterSource("tenant", tenant).addValue("seq", anchorSeq).addValue("hash", anchorHash));
    }
}
