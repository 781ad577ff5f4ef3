package com.crcloud.audit.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tenant-wide audit log, read from the revision table and its change list with plain SQL: Envers has no
 * query across entity types. Every statement names the tenant first, matching the indexes that lead with it;
 * paging happens in the database, and the entities a page of revisions changed come in one more query.
 */
@Repository
public class AuditLogNativeRepository {

    /** Customers one name filter matches at most (a text that matches more is too unspecific; the first ones count). */
    static final int MAX_MATCHED_ENTITIES = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    public AuditLogNativeRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the tenant's revisions matching the filter, with what each changed. */
    public List<AuditLogRow> page(String tenant, AuditLogFilter filter, boolean newestFirst, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", tenant)
                .addValue("offset", offset).addValue("limit", limit);
        String direction = newestFirst ? "DESC" : "ASC";
        String sql = "SELECT r.id, r.revision_timestamp, r.username, r.user_roles, r.screen, r.reason, r.chain_seq, r.chain_hash"
                + " FROM audit_revision r WHERE r.revision_tenant_id = :tenant" + where(tenant, filter, params)
                // By time, as the log reads: the tenant-and-time indexes (with or without the user) serve it for any range.
                + " ORDER BY r.revision_timestamp " + direction + ", r.id " + direction + " LIMIT :limit OFFSET :offset";
        List<AuditLogRow> rows = jdbc.query(sql, params, (rs, n) -> new AuditLogRow(rs.getLong("id"),
                Instant.ofEpochMilli(rs.getLong("revision_timestamp")), rs.getString("username"), rs.getString("user_roles"),
                rs.getString("screen"), rs.getString("reason"), (Long) rs.getObject("chain_seq", Long.class),
                rs.getString("chain_hash"), List.of()));
        Map<Long, List<AuditLogRow.Change>> changes = changesOf(tenant, rows.stream().map(AuditLogRow::revision).toList());
        return rows.stream().map(row -> row.withChanges(changes.getOrDefault(row.revision(), List.of()))).toList();
    }

    /** One revision of the tenant with what it changed; another tenant's revision (or none) is empty. */
    public java.util.Optional<AuditLogRow> find(String tenant, long revision) {
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", tenant).addValue("revision", revision);
        List<AuditLogRow> rows = jdbc.query("SELECT id, revision_timestamp, username, user_roles, screen, reason, chain_seq, chain_hash"
                + " FROM audit_revision WHERE revision_tenant_id = :tenant AND id = :revision", params, (rs, n) -> new AuditLogRow(
                rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("revision_timestamp")), rs.getString("username"),
                rs.getString("user_roles"), rs.getString("screen"), rs.getString("reason"), (Long) rs.getObject("chain_seq", Long.class),
                rs.getString("chain_hash"), List.of()));
        return rows.stream().findFirst().map(row -> row.withChanges(changesOf(tenant, List.of(revision)).getOrDefault(revision, List.of())));
    }

    /** How many revisions match (for exports and reports; the log itself pages without counting). */
    public long count(String tenant, AuditLogFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", tenant);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_revision r WHERE r.revision_tenant_id = :tenant"
                + where(tenant, filter, params), params, Long.class);
        return count == null ? 0 : count;
    }

    /** The entities each of the given revisions of the tenant changed; revisions of other tenants yield nothing. */
    public Map<Long, List<AuditLogRow.Change>> changesOf(String tenant, Collection<Long> revisions) {
        Map<Long, List<AuditLogRow.Change>> byRevision = new LinkedHashMap<>();
        if (revisions.isEmpty()) {
            return byRevision;
        }
        jdbc.query("SELECT revision_id, entity_type, entity_id, change_type FROM audit_revision_change"
                        + " WHERE revision_tenant_id = :tenant AND revision_id IN (:revisions) ORDER BY revision_id, entity_type, entity_id",
                new MapSqlParameterSource("tenant", tenant).addValue("revisions", revisions),
                rs -> {
                    byRevision.computeIfAbsent(rs.getLong("revision_id"), r -> new ArrayList<>()).add(new AuditLogRow.Change(
                            rs.getString("entity_type"), rs.getString("entity_id"), rs.getInt("change_type")));
                });
        return byRevision;
    }

    /** The Envers entity names that occur in the tenant's trail, for the entity type filter. */
    public List<String> entityTypes(String tenant) {
        return jdbc.queryForList("SELECT DISTINCT entity_type FROM audit_revision_change WHERE revision_tenant_id = :tenant ORDER BY entity_type",
                new MapSqlParameterSource("tenant", tenant), String.class);
    }

    /** The user names that occur in the tenant's trail, for the user filter. */
    public List<String> users(String tenant) {
        return jdbc.queryForList("SELECT DISTINCT username FROM audit_revision WHERE revision_tenant_id = :tenant AND username IS NOT NULL ORDER BY username",
                new MapSqlParameterSource("tenant", tenant), String.class);
    }

    private String where(String tenant, AuditLogFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        if (present(filter.user())) {
            where.append(" AND r.username = :user");
            params.addValue("user", filter.user().strip());
        }
        if (filter.from() != null) {
            where.append(" AND r.revision_timestamp >= :from");
            params.addValue("from", filter.from().toEpochMilli());
        }
        if (filter.to() != null) {
            where.append(" AND r.revision_timestamp < :to");
            params.addValue("to", filter.to().toEpochMilli());
        }
        if (present(filter.reason())) {
            where.append(" AND LOWER(r.reason) LIKE :reason");
            params.addValue("reason", like(filter.reason()));
        }
        if (present(filter.screen())) {
            where.append(" AND LOWER(r.screen) LIKE :screen");
            params.addValue("screen", like(filter.screen()));
        }
        StringBuilder change = new StringBuilder();
        if (present(filter.entityType())) {
            change.append(" AND c.entity_type = :entityType");
            params.addValue("entityType", filter.entityType());
        }
        if (filter.changeType() != null) {
            change.append(" AND c.change_type = :changeType");
            params.addValue("changeType", filter.changeType());
        }
        if (present(filter.entity())) {
            change.append(" AND c.entity_id IN (:entityIds)");
            params.addValue("entityIds", entityIds(tenant, filter.entity()));
        }
        if (!change.isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM audit_revision_change c WHERE c.revision_tenant_id = :tenant AND c.revision_id = r.id")
                    .append(change).append(')');
        }
        return where.toString();
    }

    /**
     * The ids an entity filter stands for: the text as an id, every customer whose name (current or former, deleted
     * customers included) contains it, and the audit events about any of them (documents downloaded). Resolved
     * first, so the revision query uses the change list's (tenant, entity id) index instead of a subquery per row.
     */
    private List<String> entityIds(String tenant, String text) {
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", tenant).addValue("name", like(text))
                .addValue("limit", MAX_MATCHED_ENTITIES);
        List<String> ids = new ArrayList<>();
        ids.add(text.strip());
        ids.addAll(jdbc.queryForList("SELECT DISTINCT id FROM customer_aud WHERE tenant_id = :tenant AND LOWER(full_name) LIKE :name"
                + " LIMIT :limit", params, String.class));
        ids.addAll(jdbc.queryForList("SELECT id FROM audit_event WHERE tenant_id = :tenant AND subject_id IN (:subjects)",
                params.addValue("subjects", List.copyOf(ids)), String.class));
        return ids;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String like(String value) {
        String escaped = value.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
