package com.crcloud.plugin.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Storage the host keeps for a plugin: text values (JSON is a good choice) under a collection and key, scoped to
 * the tenant of the call and to the plugin, and audited like every other change. Plugins never get a database
 * connection; this is where they keep what they must remember (e.g. an uploaded watchlist).
 */
public interface RecordStore {

    /** Most records one {@link #page} call returns. */
    int MAX_PAGE = 1000;

    /**
     * One record of a collection.
     *
     * @since 1.1.0
     */
    record StoredRecord(String key, String value) {
        public StoredRecord {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    Optional<String> get(String collection, String key);

    /** Creates or replaces the record. Collections and keys are at most 200 characters, values at most 8000. */
    void put(String collection, String key, String value);

    void delete(String collection, String key);

    /** Keys of a collection, sorted. */
    List<String> keys(String collection);

    /**
     * Up to {@code limit} records of a collection with their values, in key order, starting after {@code afterKey}
     * ({@code null} for the first page). Reads a large collection (e.g. a watchlist of 50 000 entries) in a few
     * round trips instead of one per key: pass the last key of a page as {@code afterKey} of the next; a page
     * shorter than {@code limit} is the last.
     *
     * <p>The default reads key by key, for stores written before 1.1.0; the host's store reads each page at once.
     *
     * @param limit 1 to {@link #MAX_PAGE}
     * @since 1.1.0
     */
    default List<StoredRecord> page(String collection, String afterKey, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE + " records, not " + limit);
        }
        List<StoredRecord> page = new ArrayList<>();
        for (String key : keys(collection)) {
            if (page.size() == limit) {
                break;
            }
            if (afterKey == null || key.compareTo(afterKey) > 0) {
                get(collection, key).ifPresent(value -> page.add(new StoredRecord(key, value)));
            }
        }
        return page;
    }
}
