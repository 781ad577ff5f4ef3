package com.crcloud.plugins.feedback;

import com.crcloud.plugin.api.Configurable;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.Settings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Contexts built the way the host builds them: declared defaults filled in, then the tenant's overrides. */
final class Fixtures {

    /** 2026-06-01 in Shanghai, late in the evening so a UTC date would be a day earlier. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T15:30:00Z"), ZoneId.of("Asia/Shanghai"));

    private Fixtures() {
    }

    static ExtensionContext context(Configurable extension, Locale locale, Map<String, String> overrides, RecordStore store) {
        Map<String, String> settings = new HashMap<>();
        for (SettingDefinition definition : extension.settings()) {
            if (definition.defaultValue() != null) {
                settings.put(definition.name(), definition.defaultValue());
            }
        }
        overrides.forEach((name, value) -> {
            SettingDefinition definition = extension.settings().stream().filter(d -> d.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("undeclared setting " + name));
            definition.validate(value).ifPresent(problem -> {
                throw new IllegalArgumentException(name + ": " + problem.englishMessage());
            });
            settings.put(name, value);
        });
        return new ExtensionContext("northwind-lending", "case-service", locale, CLOCK, Settings.of(settings), store);
    }

    static ExtensionContext context(Configurable extension, Map<String, String> overrides) {
        return context(extension, Locale.ENGLISH, overrides, new InMemoryRecordStore());
    }

    /** A record store that keeps everything in memory and remembers what was written. */
    static final class InMemoryRecordStore implements RecordStore {
        private final Map<String, TreeMap<String, String>> collections = new HashMap<>();
        final List<String> writes = new ArrayList<>();

        @Override
        public Optional<String> get(String collection, String key) {
            return Optional.ofNullable(collections.getOrDefault(collection, new TreeMap<>()).get(key));
        }

        @Override
        public void put(String collection, String key, String value) {
            collections.computeIfAbsent(collection, c -> new TreeMap<>()).put(key, value);
            writes.add(collection + "/" + key + "=" + value);
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
