package com.crcloud.datasubject.domain;

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

/**
 * The erasure of one customer's personal data by pseudonymisation: who asked and why, who decided (never the same
 * person), and what the execution did. Each step is its own revision, so the audit log shows all three.
 */
@Entity
@Table(name = "erasure_request")
@Audited
public class ErasureRequest extends TenantOwnedEntity {

    public static final int TEXT_LENGTH = 1000;
    public static final int SUMMARY_LENGTH = 2000;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_id", nullable = false, length = 36, updatable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private ErasureBasis basis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ErasureStatus status;

    @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
    private String reason;

    @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = TEXT_LENGTH)
    private String decisionNote;

    /** The reference that replaces the customer's name, set on approval. */
    @Column(length = 40)
    private String pseudonym;

    @Column(name = "executed_at")
    private Instant executedAt;

    @Column(name = "execution_summary", length = SUMMARY_LENGTH)
    private String executionSummary;

    protected ErasureRequest() {
    }

    public ErasureRequest(UUID customerId, ErasureBasis basis, String reason, String requestedBy, Instant requestedAt) {
        this.customerId = customerId;
        this.basis = basis;
        this.status = ErasureStatus.REQUESTED;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public void approve(String by, Instant at, String note, String pseudonymToUse) {
        decide(ErasureStatus.APPROVED, by, at, note);
        this.pseudonym = pseudonymToUse;
    }

    public void reject(String by, Instant at, String note) {
        decide(ErasureStatus.REJECTED, by, at, note);
    }

    private void decide(ErasureStatus outcome, String by, Instant at, String note) {
        if (status != ErasureStatus.REQUESTED) {
            throw new IllegalStateException("Erasure request " + getId() + " is " + status + ", not awaiting a decision");
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
    }

    public void executed(Instant at, String summary) {
        if (status != ErasureStatus.APPROVED) {
            throw new IllegalStateException("Erasure request " + getId() + " is " + status + ", not approved");
        }
        this.status = ErasureStatus.EXECUTED;
        this.executedAt = at;
        this.executionSummary = summary.length() > SUMMARY_LENGTH ? summary.substring(0, SUMMARY_LENGTH) : summary;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public ErasureBasis getBasis() {
        return basis;
    }

    public ErasureStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public Instant getExecutedAt() {
        return executedAt;
    }

    public String getExecutionSummary() {
        return executionSummary;
    }
}
