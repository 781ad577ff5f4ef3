package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.Configurable;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import com.crcloud.plugin.testkit.TestContext;
import com.crcloud.plugin.testkit.TestCustomers;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** The KYC tests' defaults on top of the SDK test kit: tenant acme, reviewer alice, 2026-06-01. */
final class TestSupport {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final String TENANT = "acme";

    private TestSupport() {
    }

    static ExtensionContext context(Configurable extension, Map<String, String> overrides) {
        return context(extension, overrides, Locale.ENGLISH, TODAY, new InMemoryRecordStore());
    }

    static ExtensionContext context(Configurable extension, Map<String, String> overrides, Locale locale, LocalDate today,
                                    InMemoryRecordStore records) {
        return TestContext.of(extension).tenant(TENANT).user("alice").locale(locale).today(today).settings(overrides)
                .records(records).build();
    }

    static CustomerSnapshot.Builder customer() {
        return TestCustomers.minimal().fullName("王芳");
    }
}
