package com.crcloud.pluginhost.service;

import com.crcloud.plugin.api.RecordStore;
import com.crcloud.pluginhost.domain.PluginRecord;
import com.crcloud.pluginhost.domain.PluginRecordRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;

/**
 * The {@link RecordStore} handed to one plugin: its records, in the tenant of the call, each write its own
 * audited transaction. Size limits are checked here so a plugin gets a clear message rather than a database error.
 */
final class HostRecordStore implements RecordStore {

    static final int MAX_NAME = 200;
    static final int MAX_VALUE = 8000;

    private final String pluginId;
    private final PluginRecordRepository records;
    private final TransactionTemplate transaction;

    HostRecordStore(String pluginId, PluginRecordRepository records, TransactionTemplate transaction) {
        this.pluginId = pluginId;
        this.records = records;
        this.transaction = transaction;
    }

    @Override
    public Optional<String> get(String collection, String key) {
        checkNames(collection, key);
        return transaction.execute(status -> records.findByPluginIdAndCollectionAndKey(pluginId, collection, key)
                .map(PluginRecord::getValue));
    }

    @Override
    public void put(String collection, String key, String value) {
        checkNames(collection, key);
        if (value == null) {
            throw new IllegalArgumentException("Record value must not be null; use delete()");
        }
        if (value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("Record value of " + value.length() + " characters exceeds " + MAX_VALUE);
        }
        transaction.executeWithoutResult(status -> records.findByPluginIdAndCollectionAndKey(pluginId, collection, key)
                .ifPresentOrElse(existing -> existing.setValue(value),
                        () -> records.save(new PluginRecord(pluginId, collection, key, value))));
    }

    @Override
    public void delete(String collection, String key) {
        checkNames(collection, key);
        transaction.executeWithoutResult(status ->
                records.findByPluginIdAndCollectionAndKey(pluginId, collection, key).ifPresent(records::delete));
    }

    @Override
    public List<String> keys(String collection) {
        checkNames(collection, "-");
        return transaction.execute(status -> records.findByPluginIdAndCollectionOrderByKeyAsc(pluginId, collection)
                .stream().map(PluginRecord::getKey).toList());
    }

    @Override
    public List<StoredRecord> page(String collection, String afterKey, int limit) {
        checkNames(collection, afterKey == null ? "-" : afterKey);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE + " records, not " + limit);
        }
        PageRequest page = PageRequest.of(0, limit);
        return transaction.execute(status -> (afterKey == null
                ? records.findByPluginIdAndCollectionOrderByKeyAsc(pluginId, collection, page)
                : records.findByPluginIdAndCollectionAndKeyGreaterThanOrderByKeyAsc(pluginId, collection, afterKey, page))
                .stream().map(record -> new StoredRecord(record.getKey(), record.getValue())).toList());
    }

    private static void checkNames(String collection, String key) {
        if (collection == null || collection.isBlank() || collection.length() > MAX_NAME) {
            throw new IllegalArgumentException("Record collection must be 1 to " + MAX_NAME + " characters");
        }
        if (key == null || key.isBlank() || key.length() > MAX_NAME) {
            throw new IllegalArgumentException("Record key must be 1 to " + MAX_NAME + " characters");
        }
    }
}
