package com.example.vendor.employment;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.testkit.TestContext;
import com.crcloud.plugin.testkit.TestCustomers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a vendor tests a check: build the context with the SDK's test kit (as the host would) and call it directly. */
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
        CheckResult result = check.run(context(Locale.ENGLISH), TestCustomers.minimal()
                .monthlyIncome(new BigDecimal("25000"), null).build());
        assertEquals(CheckOutcome.WARN, result.outcome());
    }

    private static CustomerSnapshot.Builder customer(String employment) {
        return TestCustomers.minimal().fullName("Li Na").employmentStatus(employment);
    }

    /** The context the host would pass: declared defaults, a fixed clock, an in-memory record store. */
    private ExtensionContext context(Locale locale) {
        return TestContext.of(check).locale(locale).build();
    }
}
