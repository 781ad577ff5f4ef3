package com.crcloud.review.domain;

import com.crcloud.plugin.api.ScreeningDisposition;
import com.crcloud.plugin.api.ScreeningDisposition.Verdict;
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
 * A reviewer's decision on one watchlist entry a screening extension raised for a customer: not this customer
 * (false positive) or this customer (confirmed match), with the written reason and the entry version looked at.
 * One row per customer, extension and entry; a new decision replaces the old one and Envers keeps the history.
 */
@Entity
@Table(name = "screening_hit_decision")
@Audited
public class ScreeningHitDecision extends TenantOwnedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_id", nullable = false, length = 36, updatable = false)
    private UUID customerId;

    /** The case on which the latest decision was made. */
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "case_id", nullable = false, length = 36)
    private UUID caseId;

    @Column(name = "extension_key", nullable = false, length = 200, updatable = false)
    private String extensionKey;

    @Column(name = "list_name", nullable = false, length = 200, updatable = false)
    private String listName;

    @Column(name = "entry_id", nullable = false, length = 200, updatable = false)
    private String entryId;

    @Column(name = "entry_version", nullable = false, length = 200)
    private String entryVersion;

    @Column(name = "entry_name", nullable = false, length = 500)
    private String entryName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Verdict verdict;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ScreeningHitDecision() {
    }

    public ScreeningHitDecision(UUID customerId, String extensionKey, String listName, String entryId) {
        this.customerId = customerId;
        this.extensionKey = extensionKey;
        this.listName = listName;
        this.entryId = entryId;
    }

    /** Records the latest decision on this entry, replacing the one before. */
    public void decide(UUID onCase, String version, String name, Verdict newVerdict, String newReason, String by, Instant at) {
        caseId = onCase;
        entryVersion = version;
        entryName = name;
        verdict = newVerdict;
        reason = newReason;
        decidedBy = by;
        decidedAt = at;
    }

    /** The decision as screening providers receive it. */
    public ScreeningDisposition toDisposition() {
        return new ScreeningDisposition(listName, entryId, entryVersion, verdict, reason, decidedBy, decidedAt);
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getExtensionKey() {
        return extensionKey;
    }

    public String getListName() {
        return listName;
    }

    public String getEntryId() {
        return entryId;
    }

    public String getEntryVersion() {
        return entryVersion;
    }

    public String getEntryName() {
        return entryName;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
