package com.crcloud.plugin.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's decision on an earlier screening hit of the same customer by the same screening extension, handed
 * back to the provider on the next screening (see {@link ScreeningSubject#previousDispositions()}). A provider
 * should not raise a hit again that a reviewer dismissed as a {@link Verdict#FALSE_POSITIVE} while the list entry
 * is unchanged ({@link #entryVersion()} equals the hit's), and should raise it again once the entry changed.
 *
 * @param listName     the hit's list
 * @param entryId      the hit's entry id in that list
 * @param entryVersion the entry version the reviewer looked at
 * @param verdict      what the reviewer decided
 * @param reason       the reviewer's written reason
 * @param decidedBy    who decided
 * @param decidedAt    when
 * @since 1.1.0
 */
public record ScreeningDisposition(String listName, String entryId, String entryVersion, Verdict verdict, String reason,
                                   String decidedBy, Instant decidedAt) {

    /** What a reviewer concluded about a hit. New verdicts may appear in minor versions: treat unknown ones as open. */
    public enum Verdict {
        /** The entry is not this customer. */
        FALSE_POSITIVE,
        /** The entry is this customer. */
        CONFIRMED_MATCH
    }

    public ScreeningDisposition {
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(entryId, "entryId");
        entryVersion = entryVersion == null ? "" : entryVersion;
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** Whether this decision was made on {@code hit}'s entry (same list and id), whatever its version. */
    public boolean concerns(ScreeningHit hit) {
        return listName.equals(hit.listName()) && entryId.equals(hit.entryId());
    }

    /** Whether this decision was made on exactly the entry version {@code hit} carries. */
    public boolean stillApplies(ScreeningHit hit) {
        return concerns(hit) && entryVersion.equals(hit.entryVersion());
    }
}
