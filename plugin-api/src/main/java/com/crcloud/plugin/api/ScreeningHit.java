package com.crcloud.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * A watchlist entry that may be the screened person.
 *
 * @param listName    which list (e.g. the tenant's "OpenSanctions 2026-11" upload)
 * @param entryId     the entry's id in that list, stable across re-uploads where the list provides one
 * @param entryName   the entry's name as listed
 * @param score       overall match strength, 0..1
 * @param features    per-feature scores and explanations (name, date of birth, ID, country)
 * @param entryVersion changes when the list entry changes, so reviewer decisions can be invalidated
 */
public record ScreeningHit(String listName, String entryId, String entryName, double score, List<FeatureScore> features,
                           String entryVersion) {

    /** One compared feature, e.g. {@code ("name", 0.93, "same words, different order")}. */
    public record FeatureScore(String feature, double score, String explanation) {
    }

    public ScreeningHit {
        Objects.requireNonNull(listName, "listName");
        Objects.requireNonNull(entryId, "entryId");
        if (Double.isNaN(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be within 0..1, got " + score);
        }
        features = List.copyOf(features);
        entryVersion = entryVersion == null ? "" : entryVersion;
    }
}
