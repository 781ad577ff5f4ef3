package com.crcloud.plugins.segmentation;

import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.testkit.TestContext;
import com.crcloud.plugin.testkit.TestCustomers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The segmentation tests' defaults on top of the SDK test kit (tenant acme, 2026-06-01), and customers. */
final class Fixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Fixtures() {
    }

    static ExtensionContext context(List<SettingDefinition> definitions, Map<String, String> tenantValues) {
        return context(definitions, tenantValues, Locale.ENGLISH);
    }

    static ExtensionContext context(List<SettingDefinition> definitions, Map<String, String> tenantValues, Locale locale) {
        return TestContext.withSettings(definitions).tenant("acme").user("alice").locale(locale).clock(CLOCK)
                .settings(tenantValues).build();
    }

    /** All eight weights at the given value, so a test can pin the score to the base points. */
    static Map<String, String> allWeights(String weight) {
        Map<String, String> weights = new HashMap<>();
        for (Scorecard.Factor factor : Scorecard.Factor.values()) {
            weights.put(factor.weightSetting, weight);
        }
        return weights;
    }

    static CustomerSnapshot.Builder customer() {
        return TestCustomers.minimal().currency("CNY");
    }

    static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    static CustomerSnapshot.Loan loan(String status, String balance) {
        return new CustomerSnapshot.Loan("Bank", amount("100000"), amount(balance), status);
    }
}
