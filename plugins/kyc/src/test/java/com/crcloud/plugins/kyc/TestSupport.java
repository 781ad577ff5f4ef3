package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.Configurable;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.Settings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds contexts the way the host does (declared defaults filled in) and keeps records in memory. */
final class TestSupport {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private TestSupport() {
    }

    static ExtensionContext context(Configurable extension, Map<String, String> overrides) {
        return context(extension, overrides, Locale.ENGLISH, TODAY, new MemoryRecordStore());
    }

    static ExtensionContext context(Configurable extension, Map<String, String> overrides, Locale locale, LocalDate today,
                                    RecordStore store) {
        Map<String, String> values = new HashMap<>();
        for (SettingDefinition setting : extension.settings()) {
            values.put(setting.name(), setting.defaultValue());
        }
        values.putAll(overrides);
        Clock clock = Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        return new ExtensionContext("acme", "alice", locale, clock, Settings.of(values), store);
    }

    static CustomerSnapshot.Builder customer() {
        return CustomerSnapshot.builder().customerId("c1").fullName("王芳");
    }

    /** A tenant- and plugin-scoped record store as the host provides it, in memory. */
    static final class MemoryRecordStore implements RecordStore {
        private final Map<String, TreeMap<String, String>> collections = new HashMap<>();

        @Override
        public Optional<String> get(String collection, String key) {
            return Optional.ofNullable(collections.getOrDefault(collection, new TreeMap<>()).get(key));
        }

        @Override
        public void put(String collection, String key, String value) {
            collections.computeIfAbsent(collection, name -> new TreeMap<>()).put(key, value);
        }

        @Override
        public void delete(String collection, String key) {
            collections.getOrDefault(collection, new TreeMap<>()).remove(key);
        }

        @Override
        public List<String> keys(String collection) {
            return List.copyOf(collections.getOrDefault(collection, new TreeMap<>()).keySet());
        }
    }
}
