package com.crcloud.datasubject.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The report of one retention run: when, its cut-off, the pseudonyms of the customers it erased, what it left. */
@Entity
@Table(name = "retention_run")
@Audited
public class RetentionRun extends TenantOwnedEntity {

    @Column(name = "ran_at", nullable = false, updatable = false)
    private Instant ranAt;

    @Column(nullable = false, updatable = false)
    private Instant cutoff;

    @Column(name = "erased_count", nullable = false, updatable = false)
    private int erasedCount;

    /** Customers past retention left alone because a review case of theirs is open. */
    @Column(name = "skipped_open", nullable = false, updatable = false)
    private int skippedOpen;

    /** The pseudonyms now standing for the erased customers, comma-separated. */
    @Column(name = "erased_refs", columnDefinition = "TEXT", updatable = false)
    private String erasedRefs;

    protected RetentionRun() {
    }

    public RetentionRun(Instant ranAt, Instant cutoff, List<String> erased, int skippedOpen) {
        this.ranAt = ranAt;
        this.cutoff = cutoff;
        this.erasedCount = erased.size();
        this.skippedOpen = skippedOpen;
        this.erasedRefs = String.join(",", erased);
    }

    public Instant getRanAt() {
        return ranAt;
    }

    public Instant getCutoff() {
        return cutoff;
    }

    public int getErasedCount() {
        return erasedCount;
    }

    public int getSkippedOpen() {
        return skippedOpen;
    }

    public List<String> getErasedRefs() {
        return erasedRefs == null || erasedRefs.isEmpty() ? List.of() : Arrays.asList(erasedRefs.split(","));
    }
}
