package com.crcloud.audit.service;

import com.crcloud.audit.domain.AuditLogRow;
import org.hibernate.envers.RevisionType;

import java.util.List;

/**
 * One revision opened from the audit log: its metadata and, per entity it changed, what changed.
 *
 * @param shownEntities at most {@link AuditHistoryService#DETAIL_LIMIT} entities (a CSV import batch changes hundreds)
 * @param totalEntities how many entities the revision changed in all
 */
public record RevisionDetail(AuditLogRow revision, List<EntityChange> shownEntities, int totalEntities) {

    /**
     * One entity in the revision.
     *
     * @param entityClass the entity's class (labels: {@code audit.entity.<SimpleName>}, fields {@code <simpleName>.<field>})
     * @param state       the entity after the revision (its last state, for a deletion); null if its audit rows are gone
     */
    public record EntityChange(Class<?> entityClass, String entityId, RevisionType type, List<FieldChange> changes, Object state) {
    }
}
