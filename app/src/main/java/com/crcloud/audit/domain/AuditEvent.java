package com.crcloud.audit.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * Something worth a trace that changes no business data: a sensitive read (a document downloaded), an export of
 * the trail, a verification. Stored as an audited entity so it becomes a revision like any change: with user,
 * roles, screen and reason, in the tenant's audit log and in its hash chain.
 */
@Entity
@Table(name = "audit_event")
@Audited
public class AuditEvent extends TenantOwnedEntity {

    public static final int DETAIL_LENGTH = 2000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private AuditEventKind kind;

    /** The kind of record concerned (an entity's simple name), if any. */
    @Column(name = "subject_type", length = 100, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", length = 64, updatable = false)
    private String subjectId;

    @Column(nullable = false, length = DETAIL_LENGTH, updatable = false)
    private String detail;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected AuditEvent() {
    }

    public AuditEvent(AuditEventKind kind, String subjectType, String subjectId, String detail, Instant occurredAt) {
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) : detail;
        this.occurredAt = occurredAt;
    }

    public AuditEventKind getKind() {
        return kind;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
