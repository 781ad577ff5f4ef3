package com.crcloud.plugins.identitycompleteness;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ReviewCheck;
import com.crcloud.plugin.api.SettingDefinition;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fails a customer whose record cannot support a review (no ID number, no date of birth, under age) and warns
 * when no contact channel is recorded. The minimum age is a tenant setting ({@code minimumAge}, default 18).
 */
@Extension
public class IdentityCompletenessCheck implements ReviewCheck {

    static final String MINIMUM_AGE = "minimumAge";

    @Override
    public String id() {
        return "identity-completeness";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Identity completeness", "zh-CN", "身份信息完整性");
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.integer(MINIMUM_AGE, "Minimum age", "最低年龄", 18, 14, 99));
    }

    @Override
    public CheckResult run(ExtensionContext context, CustomerSnapshot customer) {
        int minimumAge = context.settings().integer(MINIMUM_AGE);
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> explanation = new ArrayList<>();

        if (customer.nationalIdNumber().isEmpty()) {
            failures.add("NATIONAL_ID_MISSING");
            explanation.add("No national ID number is recorded.");
        }
        if (customer.dateOfBirth().isEmpty()) {
            failures.add("DATE_OF_BIRTH_MISSING");
            explanation.add("No date of birth is recorded.");
        } else {
            int age = Period.between(customer.dateOfBirth().get(), LocalDate.now(context.clock())).getYears();
            if (age < minimumAge) {
                failures.add("UNDER_MINIMUM_AGE");
                explanation.add("The customer is " + age + ", below the minimum age of " + minimumAge + ".");
            }
        }
        if (customer.phone().isEmpty() && customer.email().isEmpty()) {
            warnings.add("NO_CONTACT_CHANNEL");
            explanation.add("Neither a phone number nor an e-mail address is recorded.");
        }

        if (!failures.isEmpty()) {
            failures.addAll(warnings);
            return CheckResult.of(CheckOutcome.FAIL, failures, String.join(" ", explanation));
        }
        if (!warnings.isEmpty()) {
            return CheckResult.of(CheckOutcome.WARN, warnings, String.join(" ", explanation));
        }
        return CheckResult.pass("Identity record is complete.");
    }
}
