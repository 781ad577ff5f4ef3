package com.crcloud.bench;

import com.crcloud.plugin.api.RecordStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plugin record store that reads each record and key list from the host's store once and then answers from
 * memory; writes go through. It takes the database out of a measurement ("in process, excluding I/O") while the
 * plugins run their real code on their real records. Reads may come from several threads (an extension call that
 * timed out may still be reading); writes are expected from one thread at a time (an import).
 */
public final class CachingRecordStore implements RecordStore {

    private final RecordStore host;
    private final Map<String, Optional<String>> values = new ConcurrentHashMap<>();
    private final Map<String, TreeSet<String>> keySets = new ConcurrentHashMap<>();
    /** The sorted key lists handed out, rebuilt after a write. */
    private final Map<String, List<String>> keyLists = new ConcurrentHashMap<>();

    public CachingRecordStore(RecordStore host) {
        this.host = host;
    }

    /** A store that starts empty and never touches a database (for data loaded through a plugin's importer). */
    public static CachingRecordStore inMemory() {
        return new CachingRecordStore(new RecordStore() {
            @Override
            public Optional<String> get(String collection, String key) {
                return Optional.empty();
            }

            @Override
            public void put(String collection, String key, String value) {
            }

            @Override
            public void delete(String collection, String key) {
            }

            @Override
            public List<String> keys(String collection) {
                return List.of();
            }
        });
    }

    @Override
    public Optional<String> get(String collection, String key) {
        return values.computeIfAbsent(collection + '\u0000' + key, ignored -> host.get(collection, key));
    }

    @Override
    public void put(String collection, String key, String value) {
        host.put(collection, key, value);
        values.put(collection + '\u0000' + key, Optional.of(value));
        keySet(collection).add(key);
        keyLists.remove(collection);
    }

    @Override
    public void delete(String collection, String key) {
        host.delete(collection, key);
        values.put(collection + '\u0000' + key, Optional.empty());
        keySet(collection).remove(key);
        keyLists.remove(collection);
    }

    @Override
    public List<String> keys(String collection) {
        return keyLists.computeIfAbsent(collection, name -> List.copyOf(keySet(name)));
    }

    private TreeSet<String> keySet(String collection) {
        return keySets.computeIfAbsent(collection, name -> new TreeSet<>(host.keys(name)));
    }
}
