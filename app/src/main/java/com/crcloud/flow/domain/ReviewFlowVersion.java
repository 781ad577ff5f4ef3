package com.crcloud.flow.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A published, immutable version of a flow; cases that opened on it run on it to the end. */
@Entity
@Immutable
@Table(name = "review_flow_version")
@Audited
public class ReviewFlowVersion extends TenantOwnedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "flow_id", nullable = false, length = 36, updatable = false)
    private UUID flowId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String definition;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100, updatable = false)
    private String publishedBy;

    @Column(nullable = false, length = 2000, updatable = false)
    private String note;

    protected ReviewFlowVersion() {
    }

    public ReviewFlowVersion(UUID flowId, int number, String definition, Instant publishedAt, String publishedBy, String note) {
        this.flowId = flowId;
        this.number = number;
        this.definition = definition;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.note = note;
    }

    public UUID getFlowId() {
        return flowId;
    }

    public int getNumber() {
        return number;
    }

    public String getDefinition() {
        return definition;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getNote() {
        return note;
    }
}
