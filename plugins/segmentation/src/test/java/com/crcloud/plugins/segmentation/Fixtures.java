package com.crcloud.plugins.segmentation;

import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.Settings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds contexts the way the host does (declared defaults, then the tenant's values) and customers for tests. */
final class Fixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Fixtures() {
    }

    static ExtensionContext context(List<SettingDefinition> definitions, Map<String, String> tenantValues) {
        return context(definitions, tenantValues, Locale.ENGLISH);
    }

    static ExtensionContext context(List<SettingDefinition> definitions, Map<String, String> tenantValues, Locale locale) {
        Map<String, String> effective = new HashMap<>();
        definitions.forEach(definition -> effective.put(definition.name(), definition.defaultValue()));
        tenantValues.forEach((name, value) -> {
            SettingDefinition definition = definitions.stream().filter(d -> d.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("undeclared setting " + name));
            definition.validate(value).ifPresent(problem -> {
                throw new IllegalArgumentException(name + ": " + problem.englishMessage());
            });
            effective.put(name, value);
        });
        return new ExtensionContext("acme", "alice", locale, CLOCK, Settings.of(effective), NO_RECORDS);
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
        return CustomerSnapshot.builder().customerId("c1").fullName("Wang Fang").currency("CNY");
    }

    static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    static CustomerSnapshot.Loan loan(String status, String balance) {
        return new CustomerSnapshot.Loan("Bank", amount("100000"), amount(balance), status);
    }

    private static final RecordStore NO_RECORDS = new RecordStore() {
        public Optional<String> get(String collection, String key) {
            return Optional.empty();
        }

        public void put(String collection, String key, String value) {
            throw new UnsupportedOperationException("the segmentation plugin keeps no records");
        }

        public void delete(String collection, String key) {
            throw new UnsupportedOperationException("the segmentation plugin keeps no records");
        }

        public List<String> keys(String collection) {
            return List.of();
        }
    };
}
