package com.crcloud.plugins.compliance;

import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.api.ScreeningHit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reviewers' "false positive" decisions on screening hits, kept in the tenant's record store (collection
 * {@code "false-positives"}, key {@code customerId:listName:entryId}). A decision is tied to the version of the
 * list entry it was made on: {@link WatchlistScreening} suppresses the hit only while the entry is unchanged, so
 * a changed entry (new alias, new date of birth) is looked at again.
 */
public final class HitDecisions {

    static final String COLLECTION = "false-positives";
    private static final int MAX_KEY = 200;
    private static final int MAX_REASON = 2000;

    /** A recorded dismissal: the entry version it applies to, who decided, why and when. */
    public record FalsePositive(String entryVersion, String reviewer, String reason, Instant decidedAt) {
    }

    private final RecordStore store;

    public HitDecisions(RecordStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Records that {@code hit} is not the customer, replacing any earlier decision on the same entry.
     *
     * @throws IllegalArgumentException when the reviewer or reason is blank, or the reason is over 2000 characters
     */
    public void markFalsePositive(String customerId, ScreeningHit hit, String reviewer, String reason, Instant decidedAt) {
        if (reviewer == null || reviewer.isBlank()) {
            throw new IllegalArgumentException("A false-positive decision needs the reviewer");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A false-positive decision needs a reason");
        }
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("The reason must be at most " + MAX_REASON + " characters");
        }
        store.put(COLLECTION, key(customerId, hit.listName(), hit.entryId()), RecordCodec.encode(List.of(
                List.of(hit.entryVersion()), List.of(reviewer.trim()), List.of(reason.trim()), List.of(decidedAt.toString()))));
    }

    /** The decision on this customer and list entry, whichever entry version it was made on. */
    public Optional<FalsePositive> falsePositive(String customerId, String listName, String entryId) {
        return store.get(COLLECTION, key(customerId, listName, entryId)).map(RecordCodec::decode)
                .map(fields -> new FalsePositive(RecordCodec.single(fields, 0), RecordCodec.single(fields, 1),
                        RecordCodec.single(fields, 2), Instant.parse(RecordCodec.single(fields, 3))));
    }

    /** Takes a decision back, e.g. when a second reviewer disagrees; the hit appears again on the next screening. */
    public void withdraw(String customerId, String listName, String entryId) {
        store.delete(COLLECTION, key(customerId, listName, entryId));
    }

    private static String key(String customerId, String listName, String entryId) {
        String key = customerId + ":" + listName + ":" + entryId;
        if (key.length() > MAX_KEY) {
            throw new IllegalArgumentException("Customer id, list name and entry id together exceed " + MAX_KEY + " characters");
        }
        return key;
    }
}
