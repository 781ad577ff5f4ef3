package com.crcloud.audit.domain;

import java.time.Instant;
import java.util.List;

/**
 * One revision of the tenant as the audit log lists it.
 *
 * @param roles    the author's roles, comma-separated ({@code null} for system work)
 * @param screen   where the change was made from, if known
 * @param chainSeq position in the tenant's hash chain, {@code null} while not yet sealed
 */
public record AuditLogRow(long revision, Instant timestamp, String username, String roles, String screen, String reason,
                          Long chainSeq, String chainHash, List<Change> changes) {

    /** One entity the revision changed. */
    public record Change(String entityType, String entityId, int changeType) {
    }

    public AuditLogRow withChanges(List<Change> changed) {
        return new AuditLogRow(revision, timestamp, username, roles, screen, reason, chainSeq, chainHash, List.copyOf(changed));
    }
}
