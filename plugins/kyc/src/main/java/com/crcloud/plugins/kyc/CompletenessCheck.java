package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ReviewCheck;
import com.crcloud.plugin.api.SettingDefinition;
import org.pf4j.Extension;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Fails a customer record that lacks a field the tenant requires before a review can start (setting
 * {@code requiredFields}), and warns when the customer cannot be contacted at all (neither phone nor e-mail),
 * because follow-up questions and document requests would then be impossible.
 */
@Extension
public class CompletenessCheck implements ReviewCheck {

    static final String REQUIRED_FIELDS = "requiredFields";
    static final String DEFAULT_REQUIRED_FIELDS = "fullName,dateOfBirth,nationalId,phone";

    /** The snapshot fields a tenant may require, by the name used in the setting. */
    enum Field {
        FULL_NAME("fullName", "full name", "姓名", customer -> Findings.present(customer.fullName())),
        DATE_OF_BIRTH("dateOfBirth", "date of birth", "出生日期", customer -> customer.dateOfBirth().isPresent()),
        NATIONAL_ID("nationalId", "national ID number", "证件号码", customer -> customer.nationalIdNumber().filter(Findings::present).isPresent()),
        PHONE("phone", "phone number", "手机号码", customer -> customer.phone().filter(Findings::present).isPresent()),
        EMAIL("email", "e-mail address", "电子邮箱", customer -> customer.email().filter(Findings::present).isPresent()),
        /** Country and city; the region is not required because city states have none. */
        ADDRESS("address", "address (country and city)", "地址（国家和城市）",
                customer -> customer.countryCode().filter(Findings::present).isPresent() && customer.city().filter(Findings::present).isPresent()),
        MONTHLY_INCOME("monthlyIncome", "monthly income", "月收入", customer -> customer.monthlyIncome().isPresent()),
        EMPLOYMENT_STATUS("employmentStatus", "employment status", "就业状况", customer -> customer.employmentStatus().filter(Findings::present).isPresent());

        final String settingName;
        final String english;
        final String chinese;
        private final Predicate<CustomerSnapshot> presence;

        Field(String settingName, String english, String chinese, Predicate<CustomerSnapshot> presence) {
            this.settingName = settingName;
            this.english = english;
            this.chinese = chinese;
            this.presence = presence;
        }

        boolean presentIn(CustomerSnapshot customer) {
            return presence.test(customer);
        }

        String reasonCode() {
            return "MISSING_" + name();
        }
    }

    @Override
    public String id() {
        return "completeness";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Profile completeness", "zh-CN", "客户资料完整性");
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.text(REQUIRED_FIELDS,
                "Required fields (comma-separated: " + allowedNames() + ")",
                "必填字段（以逗号分隔，可选：" + allowedNames() + "）", DEFAULT_REQUIRED_FIELDS, true));
    }

    @Override
    public CheckResult run(ExtensionContext context, CustomerSnapshot customer) {
        Set<Field> required = parseRequiredFields(context.settings().text(REQUIRED_FIELDS).orElse(""));
        Findings findings = new Findings(context);
        for (Field field : required) {
            if (!field.presentIn(customer)) {
                findings.add(CheckOutcome.FAIL, field.reasonCode(),
                        "The " + field.english + " is missing.", "缺少" + field.chinese + "。");
            }
        }
        if (!Field.PHONE.presentIn(customer) && !Field.EMAIL.presentIn(customer)) {
            findings.add(CheckOutcome.WARN, "NO_CONTACT_CHANNEL",
                    "Neither a phone number nor an e-mail address is recorded, so the customer cannot be contacted.",
                    "未登记手机号码或电子邮箱，无法联系客户。");
        }
        return findings.result("All " + required.size() + " required fields are present and the customer can be contacted.",
                "全部" + required.size() + "个必填字段均已填写，且可联系客户。");
    }

    /**
     * Reads the {@code requiredFields} setting: names separated by commas, case and surrounding spaces ignored.
     *
     * @throws IllegalArgumentException naming the first unknown field and the allowed ones
     */
    static Set<Field> parseRequiredFields(String setting) {
        Set<Field> fields = new LinkedHashSet<>();
        for (String name : Findings.splitList(setting)) {
            fields.add(Arrays.stream(Field.values())
                    .filter(field -> field.settingName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown field '" + name + "' in setting " + REQUIRED_FIELDS
                            + "; allowed fields are: " + allowedNames())));
        }
        return fields;
    }

    private static String allowedNames() {
        return Arrays.stream(Field.values()).map(field -> field.settingName).collect(Collectors.joining(","));
    }
}
