package com.crcloud.tenant.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * One entity changed in a revision: its Envers entity name, id and kind of change (0 added, 1 modified, 2 deleted,
 * as Envers' revtype). Kept beside the revision so the audit log can list and filter a page of revisions by what
 * they touched in one query, instead of probing every audit table per revision.
 */
@Embeddable
public class AuditRevisionChange {

    @Column(name = "revision_tenant_id", length = 64)
    private String tenantId;

    @Column(name = "entity_type", length = 100, nullable = false)
    private String entityType;

    @Column(name = "entity_id", length = 64, nullable = false)
    private String entityId;

    @Column(name = "change_type", nullable = false)
    private int changeType;

    protected AuditRevisionChange() {
    }

    AuditRevisionChange(String tenantId, String entityType, String entityId, int changeType) {
        this.tenantId = tenantId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.changeType = changeType;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public int getChangeType() {
        return changeType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditRevisionChange change && entityType.equals(change.entityType)
                && entityId.equals(change.entityId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityType, entityId);
    }
}
