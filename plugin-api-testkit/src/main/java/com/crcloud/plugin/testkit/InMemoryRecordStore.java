package com.crcloud.plugin.testkit;

import com.crcloud.plugin.api.RecordStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's record store in memory, for tests: every tenant has its own records ({@link #forTenant(String)}),
 * and the host's limits apply (collections and keys 1..200 characters, values at most 8000), so a plugin that
 * passes here is not refused by the host. It remembers every write, so a test can check what was (not) written.
 *
 * <p>Not thread-safe per tenant; tests call extensions on one thread.
 */
public final class InMemoryRecordStore {

    /** Longest collection name or key the host accepts. */
    public static final int MAX_NAME = 200;
    /** Longest value the host accepts. */
    public static final int MAX_VALUE = 8000;

    private final Map<String, TenantRecords> tenants = new ConcurrentHashMap<>();

    /** The records of one tenant, as the host hands them to an extension called for that tenant. */
    public TenantRecords forTenant(String tenantId) {
        Objects.requireNonNull(tenantId, "tenantId");
        return tenants.computeIfAbsent(tenantId, id -> new TenantRecords());
    }

    /** One tenant's records. */
    public static final class TenantRecords implements RecordStore {

        private final Map<String, TreeMap<String, String>> collections = new TreeMap<>();
        private final List<String> writes = new ArrayList<>();

        private TenantRecords() {
        }

        @Override
        public Optional<String> get(String collection, String key) {
            check(collection, key);
            return Optional.ofNullable(collections.getOrDefault(collection, new TreeMap<>()).get(key));
        }

        @Override
        public void put(String collection, String key, String value) {
            check(collection, key);
            Objects.requireNonNull(value, "value");
            if (value.length() > MAX_VALUE) {
                throw new IllegalArgumentException("Record value of " + value.length() + " characters exceeds " + MAX_VALUE);
            }
            collections.computeIfAbsent(collection, name -> new TreeMap<>()).put(key, value);
            writes.add("put " + collection + "/" + key + "=" + value);
        }

        @Override
        public void delete(String collection, String key) {
            check(collection, key);
            collections.getOrDefault(collection, new TreeMap<>()).remove(key);
            writes.add("delete " + collection + "/" + key);
        }

        @Override
        public List<String> keys(String collection) {
            return List.copyOf(collections.getOrDefault(collection, new TreeMap<>()).keySet());
        }

        @Override
        public List<StoredRecord> page(String collection, String afterKey, int limit) {
            check(collection, afterKey == null ? "-" : afterKey);
            if (limit < 1 || limit > MAX_PAGE) {
                throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE + " records, not " + limit);
            }
            TreeMap<String, String> records = collections.getOrDefault(collection, new TreeMap<>());
            return (afterKey == null ? records : records.tailMap(afterKey, false)).entrySet().stream().limit(limit)
                    .map(entry -> new StoredRecord(entry.getKey(), entry.getValue())).toList();
        }

        /**
         * Every write in order, as {@code "put collection/key=value"} or {@code "delete collection/key"}
         * (a delete of a missing key is listed too: the plugin asked for it).
         */
        public List<String> writes() {
            return List.copyOf(writes);
        }

        /** Forgets the write log (not the records), e.g. after a test's set-up. */
        public void clearWrites() {
            writes.clear();
        }

        private static void check(String collection, String key) {
            Objects.requireNonNull(collection, "collection");
            Objects.requireNonNull(key, "key");
            if (collection.isBlank() || collection.length() > MAX_NAME || key.isBlank() || key.length() > MAX_NAME) {
                throw new IllegalArgumentException("Collection and key must be 1 to " + MAX_NAME + " characters");
            }
        }
    }
}
