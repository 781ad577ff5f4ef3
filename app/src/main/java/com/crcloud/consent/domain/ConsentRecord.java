package com.crcloud.consent.domain;

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
 * A customer gave or withdrew consent for a purpose: when it took effect, through which channel, and who recorded
 * it when. Never changed after it is stored; the latest by effective time is the declaration in force, the earlier
 * ones are the history.
 */
@Entity
@Table(name = "consent_record")
@Audited
public class ConsentRecord extends TenantOwnedEntity {

    public static final int NOTE_LENGTH = 1000;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_id", nullable = false, length = 36, updatable = false)
    private UUID customerId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "purpose_id", nullable = false, length = 36, updatable = false)
    private UUID purposeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ConsentStatus status;

    @Column(name = "effective_at", nullable = false, updatable = false)
    private Instant effectiveAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private ConsentChannel channel;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(length = NOTE_LENGTH, updatable = false)
    private String note;

    protected ConsentRecord() {
    }

    public ConsentRecord(UUID customerId, UUID purposeId, ConsentStatus status, Instant effectiveAt, ConsentChannel channel,
                         String recordedBy, Instant recordedAt, String note) {
        this.customerId = customerId;
        this.purposeId = purposeId;
        this.status = status;
        this.effectiveAt = effectiveAt;
        this.channel = channel;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.note = note;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public UUID getPurposeId() {
        return purposeId;
    }

    public ConsentStatus getStatus() {
        return status;
    }

    public Instant getEffectiveAt() {
        return effectiveAt;
    }

    public ConsentChannel getChannel() {
        return channel;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getNote() {
        return note;
    }
}
