package com.crcloud.plugins.feedback;

import com.crcloud.plugin.api.Configurable;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import com.crcloud.plugin.testkit.TestContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** The feedback tests' defaults on top of the SDK test kit: tenant northwind-lending, an evening in Shanghai. */
final class Fixtures {

    /** 2026-06-01 in Shanghai, late in the evening so a UTC date would be a day earlier. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T15:30:00Z"), ZoneId.of("Asia/Shanghai"));
    static final String TENANT = "northwind-lending";

    private Fixtures() {
    }

    static ExtensionContext context(Configurable extension, Locale locale, Map<String, String> overrides, InMemoryRecordStore records) {
        return TestContext.of(extension).tenant(TENANT).user("case-service").locale(locale).clock(CLOCK).settings(overrides)
                .records(records).build();
    }

    static ExtensionContext context(Configurable extension, Map<String, String> overrides) {
        return context(extension, Locale.ENGLISH, overrides, new InMemoryRecordStore());
    }
}
