package com.crcloud.plugins.compliance;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ReviewCheck;
import com.crcloud.plugin.api.SettingDefinition;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Data-protection policy for a review: the customer must have granted consent to processing and not withdrawn
 * it, and data held on a consent older than the tenant's retention period must be re-confirmed or deleted.
 *
 * <p>Consent lives in the record store, collection {@code "consent"}, key customer id, value
 * {@code "<granted ISO date>;<withdrawn ISO date or empty>"}. Rules, in the tenant's calendar (the context clock):
 * <ul>
 *   <li>no record, or no grant date: FAIL {@code CONSENT_MISSING};</li>
 *   <li>a withdrawal dated today or earlier: FAIL {@code CONSENT_WITHDRAWN} (a later date is a scheduled
 *       withdrawal and does not count yet);</li>
 *   <li>granted more than {@code retentionYears} ago: WARN {@code RETENTION_REVIEW_DUE} (added to a FAIL's codes
 *       when both apply);</li>
 *   <li>a record that cannot be read: ERROR {@code CONSENT_RECORD_UNREADABLE}, so the case goes to manual review.</li>
 * </ul>
 */
@Extension
public class PolicyCheck implements ReviewCheck {

    static final String CONSENT = "consent";
    static final String RETENTION_YEARS = "retentionYears";

    @Override
    public String id() {
        return "policy";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Consent and retention policy", "zh-CN", "授权同意与数据保留政策");
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.integer(RETENTION_YEARS, "Retention period (years) before consent is re-confirmed",
                "重新确认授权前的数据保留年限", 5, 1, 30));
    }

    @Override
    public CheckResult run(ExtensionContext context, CustomerSnapshot customer) {
        boolean zh = context.chinese();
        Optional<String> record = context.recordStore().get(CONSENT, customer.customerId());
        if (record.isEmpty() || record.get().split(";", -1)[0].isBlank()) {
            return CheckResult.of(CheckOutcome.FAIL, List.of("CONSENT_MISSING"),
                    zh ? "未记录客户的授权同意。" : "No consent to processing is recorded for this customer.");
        }
        String[] parts = record.get().split(";", -1);
        LocalDate granted;
        Optional<LocalDate> withdrawn;
        try {
            granted = LocalDate.parse(parts[0].trim());
            withdrawn = parts.length > 1 && !parts[1].isBlank() ? Optional.of(LocalDate.parse(parts[1].trim())) : Optional.empty();
        } catch (DateTimeParseException e) {
            return CheckResult.of(CheckOutcome.ERROR, List.of("CONSENT_RECORD_UNREADABLE"),
                    (zh ? "授权记录无法识别：" : "The consent record cannot be read: ") + record.get());
        }
        LocalDate today = LocalDate.now(context.clock());
        int retentionYears = context.settings().integer(RETENTION_YEARS);
        List<String> codes = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        if (withdrawn.isPresent() && !withdrawn.get().isAfter(today)) {
            codes.add("CONSENT_WITHDRAWN");
            explanation.add(zh ? "客户已于 " + withdrawn.get() + " 撤回授权。" : "The customer withdrew consent on " + withdrawn.get() + ".");
        }
        if (granted.plusYears(retentionYears).isBefore(today)) {
            codes.add("RETENTION_REVIEW_DUE");
            explanation.add(zh ? "授权于 " + granted + " 作出，已超过 " + retentionYears + " 年保留期，需重新确认或删除数据。"
                    : "Consent was granted on " + granted + ", more than the " + retentionYears
                    + "-year retention period ago; re-confirm it or delete the data.");
        }
        if (codes.isEmpty()) {
            return CheckResult.pass(zh ? "授权于 " + granted + " 作出，仍在有效期内。" : "Consent granted on " + granted + " is in force.");
        }
        CheckOutcome outcome = codes.contains("CONSENT_WITHDRAWN") ? CheckOutcome.FAIL : CheckOutcome.WARN;
        return CheckResult.of(outcome, codes, String.join(zh ? "" : " ", explanation));
    }
}
