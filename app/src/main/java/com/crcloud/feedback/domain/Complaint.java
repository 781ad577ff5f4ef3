package com.crcloud.feedback.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A customer's complaint as staff logged it, and how it was resolved. */
@Entity
@Table(name = "complaint")
@Audited
public class Complaint extends TenantOwnedEntity {

    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int RESOLUTION_LENGTH = 4000;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_id", nullable = false, length = 36, updatable = false)
    private UUID customerId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "case_id", length = 36)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ComplaintChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintCategory category;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    /** When the customer complained (may be before it was logged). */
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "logged_by", nullable = false, length = 100, updatable = false)
    private String loggedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ComplaintStatus status;

    @Column(length = RESOLUTION_LENGTH)
    private String resolution;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    protected Complaint() {
    }

    public Complaint(UUID customerId, UUID caseId, ComplaintChannel channel, ComplaintCategory category, String description,
                     Instant receivedAt, String loggedBy) {
        this.customerId = customerId;
        this.caseId = caseId;
        this.channel = channel;
        this.category = category;
        this.description = description;
        this.receivedAt = receivedAt;
        this.loggedBy = loggedBy;
        this.status = ComplaintStatus.OPEN;
    }

    /** Someone is working on it. */
    public void startHandling() {
        if (status != ComplaintStatus.OPEN) {
            throw new IllegalStateException("Complaint " + getId() + " is " + status);
        }
        status = ComplaintStatus.IN_PROGRESS;
    }

    public void resolve(String text, String by, Instant at) {
        if (status == ComplaintStatus.RESOLVED) {
            throw new IllegalStateException("Complaint " + getId() + " is already resolved");
        }
        resolution = text;
        resolvedBy = by;
        resolvedAt = at;
        status = ComplaintStatus.RESOLVED;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public String getResolution() {
        return resolution;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }
}
