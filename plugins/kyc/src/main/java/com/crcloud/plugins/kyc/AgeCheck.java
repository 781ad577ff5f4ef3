package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ReviewCheck;
import com.crcloud.plugin.api.SettingDefinition;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enforces the tenant's age limits: customers younger than {@code minimumAge} fail (they cannot contract on
 * their own), customers older than {@code maximumAge} are flagged for a reviewer. The birth date is the recorded
 * date of birth or, failing that, the one embedded in a <em>valid</em> resident ID number; a number with any
 * problem is not trusted. Ages are completed years on the clock's date, so a customer reaches an age on the
 * birthday itself, and someone born on 29 February on 1 March in common years.
 */
@Extension
public class AgeCheck implements ReviewCheck {

    static final String MINIMUM_AGE = "minimumAge";
    static final String MAXIMUM_AGE = "maximumAge";

    private record BirthDate(LocalDate date, String englishSource, String chineseSource) {
    }

    @Override
    public String id() {
        return "age";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Age limits", "zh-CN", "年龄限制");
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.integer(MINIMUM_AGE, "Minimum age", "最低年龄", 18, 14, 99),
                SettingDefinition.integer(MAXIMUM_AGE, "Age above which a reviewer is alerted", "需人工复核的最高年龄", 100, 18, 130));
    }

    @Override
    public CheckResult run(ExtensionContext context, CustomerSnapshot customer) {
        int minimumAge = context.settings().integer(MINIMUM_AGE);
        int maximumAge = context.settings().integer(MAXIMUM_AGE);
        if (minimumAge > maximumAge) {
            throw new IllegalArgumentException("Setting minimumAge (" + minimumAge + ") must not be greater than maximumAge (" + maximumAge + ")");
        }
        LocalDate today = LocalDate.now(context.clock());
        Findings findings = new Findings(context);
        Optional<BirthDate> birthDate = birthDate(customer, today);
        if (birthDate.isEmpty()) {
            findings.add(CheckOutcome.ERROR, "BIRTH_DATE_UNKNOWN",
                    "The age cannot be determined: no date of birth is recorded and there is no valid resident ID number.",
                    "无法确定年龄：未登记出生日期，也没有有效的居民身份证号码。");
            return findings.result("", "");
        }
        LocalDate born = birthDate.get().date();
        String english = " (born " + born + ", from the " + birthDate.get().englishSource() + ")";
        String chinese = "（出生日期" + born + "，取自" + birthDate.get().chineseSource() + "）";
        if (born.isAfter(today)) {
            findings.add(CheckOutcome.ERROR, "BIRTH_DATE_IN_FUTURE",
                    "The date of birth " + born + " is in the future.", "出生日期" + born + "晚于今天。");
            return findings.result("", "");
        }
        int age = Period.between(born, today).getYears();
        if (age < minimumAge) {
            findings.add(CheckOutcome.FAIL, "UNDER_MINIMUM_AGE",
                    "The customer is " + age + english + ", below the minimum age of " + minimumAge + ".",
                    "客户年龄" + age + "岁" + chinese + "，低于最低年龄" + minimumAge + "岁。");
        } else if (age > maximumAge) {
            findings.add(CheckOutcome.WARN, "OVER_MAXIMUM_AGE",
                    "The customer is " + age + english + ", above the review age of " + maximumAge + "; please confirm.",
                    "客户年龄" + age + "岁" + chinese + "，超过" + maximumAge + "岁，请人工确认。");
        }
        return findings.result("The customer is " + age + english + ", within the age limits.",
                "客户年龄" + age + "岁" + chinese + "，符合年龄要求。");
    }

    private static Optional<BirthDate> birthDate(CustomerSnapshot customer, LocalDate today) {
        if (customer.dateOfBirth().isPresent()) {
            return Optional.of(new BirthDate(customer.dateOfBirth().get(), "recorded date of birth", "登记的出生日期"));
        }
        if (customer.nationalIdType().filter(ResidentIdCheck.RESIDENT_ID::equals).isEmpty()) {
            return Optional.empty();
        }
        return customer.nationalIdNumber()
                .map(number -> ResidentIdNumber.validate(number, today))
                .filter(ResidentIdNumber.Validation::valid)
                .flatMap(ResidentIdNumber.Validation::birthDate)
                .map(date -> new BirthDate(date, "resident ID number", "居民身份证号码"));
    }
}
