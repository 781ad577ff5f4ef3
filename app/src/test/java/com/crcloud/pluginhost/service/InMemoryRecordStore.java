package com.crcloud.pluginhost.service;

import com.crcloud.plugin.api.RecordStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A RecordStore for calling extensions directly in tests. */
public class InMemoryRecordStore implements RecordStore {

    private final Map<String, String> records = new TreeMap<>();

    @Override
    public Optional<String> get(String collection, String key) {
        return Optional.ofNullable(records.get(collection + "\u0000" + key));
    }

    @Override
    public void put(String collection, String key, String value) {
        records.put(collection + "\u0000" + key, value);
    }

    @Override
    public void delete(String collection, String key) {
        records.remove(collection + "\u0000" + key);
    }

    @Override
    public List<String> keys(String collection) {
        String prefix = collection + "\u0000";
        return records.keySet().stream().filter(key -> key.startsWith(prefix)).map(key -> key.substring(prefix.length())).toList();
    }
}
