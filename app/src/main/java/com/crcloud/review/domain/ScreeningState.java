package com.crcloud.review.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The latest screening outcome of one customer by one screening extension. Each change of outcome is a revision,
 * so the history shows when a customer started or stopped matching a watchlist.
 */
@Entity
@Table(name = "screening_state")
@Audited
public class ScreeningState extends TenantOwnedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_id", nullable = false, length = 36, updatable = false)
    private UUID customerId;

    @Column(name = "extension_key", nullable = false, length = 200, updatable = false)
    private String extensionKey;

    @Column(name = "hit_count", nullable = false)
    private int hitCount;

    @Column(name = "best_score")
    private Double bestScore;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(name = "screened_at", nullable = false)
    private Instant screenedAt;

    protected ScreeningState() {
    }

    public ScreeningState(UUID customerId, String extensionKey) {
        this.customerId = customerId;
        this.extensionKey = extensionKey;
        this.summary = "";
    }

    /**
     * Records a new outcome.
     *
     * @return whether the outcome differs from the one recorded before
     */
    public boolean record(int hits, Double score, String newSummary, Instant at) {
        boolean changed = isNew() || hits != hitCount || !Objects.equals(newSummary, summary);
        if (changed) {
            hitCount = hits;
            bestScore = score;
            summary = newSummary;
            screenedAt = at;
        }
        return changed;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public String getExtensionKey() {
        return extensionKey;
    }

    public int getHitCount() {
        return hitCount;
    }

    public Double getBestScore() {
        return bestScore;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getScreenedAt() {
        return screenedAt;
    }
}
