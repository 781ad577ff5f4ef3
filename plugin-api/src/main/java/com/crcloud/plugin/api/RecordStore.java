package com.crcloud.plugin.api;

import java.util.List;
import java.util.Optional;

/**
 * Storage the host keeps for a plugin: text values (JSON is a good choice) under a collection and key, scoped to
 * the tenant of the call and to the plugin, and audited like every other change. Plugins never get a database
 * connection; this is where they keep what they must remember (e.g. a false-positive decision).
 */
public interface RecordStore {

    Optional<String> get(String collection, String key);

    /** Creates or replaces the record. Collections and keys are at most 200 characters, values at most 8000. */
    void put(String collection, String key, String value);

    void delete(String collection, String key);

    /** Keys of a collection, sorted. */
    List<String> keys(String collection);
}
