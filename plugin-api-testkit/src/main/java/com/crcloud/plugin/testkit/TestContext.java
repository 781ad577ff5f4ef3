package com.crcloud.plugin.testkit;

import com.crcloud.plugin.api.Configurable;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.Settings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the {@link ExtensionContext} the host would pass: the extension's declared defaults, then the tenant's
 * values, each checked with {@link SettingDefinition#validate(String)} as the host's settings form does (an
 * undeclared or invalid value fails the test's set-up with the reason instead of reaching the extension).
 *
 * <pre>{@code
 * ExtensionContext context = TestContext.of(check).tenant("acme").locale(Locale.SIMPLIFIED_CHINESE)
 *         .today(LocalDate.of(2026, 6, 1)).setting("minimumAge", "21").build();
 * }</pre>
 *
 * Defaults: tenant {@value #TENANT}, user {@value #USER}, English, the fixed clock {@link #CLOCK}, and a fresh
 * {@link InMemoryRecordStore} whose records for the tenant become the context's record store.
 */
public final class TestContext {

    public static final String TENANT = "tenant-a";
    public static final String USER = "tester";
    /** 2026-06-01T08:00:00Z in UTC: tests that do not choose a time still get a reproducible one. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);

    private final List<SettingDefinition> definitions;
    private final Map<String, String> values = new LinkedHashMap<>();
    private String tenantId = TENANT;
    private String actingUser = USER;
    private Locale locale = Locale.ENGLISH;
    private Clock clock = CLOCK;
    private InMemoryRecordStore records;

    private TestContext(List<SettingDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
    }

    /** A context for this extension, with its declared settings. */
    public static TestContext of(Configurable extension) {
        return new TestContext(extension.settings());
    }

    /** A context for code that takes the settings of an extension without the extension itself. */
    public static TestContext withSettings(List<SettingDefinition> definitions) {
        return new TestContext(definitions);
    }

    public TestContext tenant(String value) {
        tenantId = Objects.requireNonNull(value, "tenant");
        return this;
    }

    public TestContext user(String value) {
        actingUser = Objects.requireNonNull(value, "user");
        return this;
    }

    public TestContext locale(Locale value) {
        locale = Objects.requireNonNull(value, "locale");
        return this;
    }

    public TestContext clock(Clock value) {
        clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /** A clock fixed at the start of {@code date} in UTC. */
    public TestContext today(LocalDate date) {
        return clock(Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    /** A clock fixed at {@code instant} in {@code zone}, e.g. late evening in Shanghai to test date boundaries. */
    public TestContext at(Instant instant, ZoneId zone) {
        return clock(Clock.fixed(instant, zone));
    }

    /** The tenant's value for a declared setting. */
    public TestContext setting(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** The tenant's values for declared settings. */
    public TestContext settings(Map<String, String> tenantValues) {
        values.putAll(tenantValues);
        return this;
    }

    /** Shares records across contexts (e.g. an import, then a check); the context gets the tenant's part. */
    public TestContext records(InMemoryRecordStore value) {
        records = Objects.requireNonNull(value, "records");
        return this;
    }

    /**
     * @throws IllegalArgumentException for a setting the extension does not declare or a value its definition
     *                                  refuses, naming the setting and the problem
     */
    public ExtensionContext build() {
        values.keySet().stream().filter(name -> definitions.stream().noneMatch(d -> d.name().equals(name))).findFirst()
                .ifPresent(name -> {
                    throw new IllegalArgumentException("Setting '" + name + "' is not declared; declared: "
                            + definitions.stream().map(SettingDefinition::name).toList());
                });
        // As the host's settings form: a blank value means the default, and the effective value must fit.
        Map<String, String> effective = new HashMap<>();
        for (SettingDefinition definition : definitions) {
            String value = values.get(definition.name());
            String chosen = value == null || value.isBlank() ? definition.defaultValue() : value.trim();
            definition.validate(chosen).ifPresent(problem -> {
                throw new IllegalArgumentException("Setting '" + definition.name() + "' = '" + chosen + "': "
                        + problem.englishMessage());
            });
            if (chosen != null) {
                effective.put(definition.name(), chosen);
            }
        }
        RecordStore store = (records == null ? new InMemoryRecordStore() : records).forTenant(tenantId);
        return new ExtensionContext(tenantId, actingUser, locale, clock, Settings.of(effective), store);
    }
}
