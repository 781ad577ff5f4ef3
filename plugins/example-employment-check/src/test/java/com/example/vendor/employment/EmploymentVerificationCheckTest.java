package com.example.vendor.employment;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.Settings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a vendor tests a check: build the context the way the host does (defaults filled in) and call it directly. */
class EmploymentVerificationCheckTest {

    private final EmploymentVerificationCheck check = new EmploymentVerificationCheck();

    @Test
    void an_employed_customer_with_a_verified_employment_letter_passes() {
        CheckResult result = check.run(context(Locale.ENGLISH), customer("EMPLOYED")
                .document(new CustomerSnapshot.Document("EMPLOYMENT_LETTER", "VERIFIED", "ab12")).build());
        assertEquals(CheckOutcome.PASS, result.outcome());
    }

    @Test
    void an_employed_customer_without_a_verified_letter_fails_with_a_reason_code() {
        CheckResult result = check.run(context(Locale.ENGLISH), customer("EMPLOYED")
                .document(new CustomerSnapshot.Document("EMPLOYMENT_LETTER", "PENDING", "ab12")).build());
        assertEquals(CheckOutcome.FAIL, result.outcome());
        assertEquals(List.of("EMPLOYMENT_NOT_EVIDENCED"), result.reasonCodes());
    }

    @Test
    void self_employed_customers_need_the_tax_return_instead() {
        CheckResult result = check.run(context(Locale.SIMPLIFIED_CHINESE), customer("SELF_EMPLOYED")
                .document(new CustomerSnapshot.Document("EMPLOYMENT_LETTER", "VERIFIED", "ab12")).build());
        assertEquals(CheckOutcome.FAIL, result.outcome());
        assertTrue(result.explanation().contains("TAX_RETURN"));
    }

    @Test
    void high_income_without_any_employment_status_is_a_warning() {
        CheckResult result = check.run(context(Locale.ENGLISH), CustomerSnapshot.builder().customerId("c").fullName("A B")
                .monthlyIncome(new BigDecimal("25000"), null).build());
        assertEquals(CheckOutcome.WARN, result.outcome());
    }

    private static CustomerSnapshot.Builder customer(String employment) {
        return CustomerSnapshot.builder().customerId("c").fullName("Li Na").employmentStatus(employment);
    }

    private ExtensionContext context(Locale locale) {
        Map<String, String> settings = new HashMap<>();
        for (SettingDefinition definition : check.settings()) {
            settings.put(definition.name(), definition.defaultValue());
        }
        return new ExtensionContext("tenant", "tester", locale, Clock.systemUTC(), Settings.of(settings), new RecordStore() {
            public Optional<String> get(String collection, String key) {
                return Optional.empty();
            }

            public void put(String collection, String key, String value) {
            }

            public void delete(String collection, String key) {
            }

            public List<String> keys(String collection) {
                return List.of();
            }
        });
    }
}
