package com.crcloud.plugins.compliance;

import com.crcloud.plugin.api.RecordStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A record store for tests with the host's limits (200-character names, 8000-character values). */
final class InMemoryRecordStore implements RecordStore {

    private final Map<String, TreeMap<String, String>> collections = new TreeMap<>();
    final List<String> writes = new ArrayList<>();

    @Override
    public Optional<String> get(String collection, String key) {
        check(collection, key);
        return Optional.ofNullable(collections.getOrDefault(collection, new TreeMap<>()).get(key));
    }

    @Override
    public void put(String collection, String key, String value) {
        check(collection, key);
        if (value.length() > 8000) {
            throw new IllegalArgumentException("Record value of " + value.length() + " characters exceeds 8000");
        }
        collections.computeIfAbsent(collection, c -> new TreeMap<>()).put(key, value);
        writes.add(collection + "/" + key);
    }

    @Override
    public void delete(String collection, String key) {
        check(collection, key);
        collections.getOrDefault(collection, new TreeMap<>()).remove(key);
        writes.add("-" + collection + "/" + key);
    }

    @Override
    public List<String> keys(String collection) {
        return List.copyOf(collections.getOrDefault(collection, new TreeMap<>()).keySet());
    }

    private static void check(String collection, String key) {
        if (collection.isBlank() || collection.length() > 200 || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("collection and key must be 1 to 200 characters");
        }
    }
}
