package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ReviewCheck;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validates the customer's national ID number by its type, so that mistyped or invented numbers are caught
 * before any other check relies on them.
 * <ul>
 *   <li>{@code CN_RESIDENT_ID}: the full GB 11643-1999 rules of {@link ResidentIdNumber}, each failure with its
 *       own reason code, plus consistency of the embedded birth date with the recorded date of birth.</li>
 *   <li>{@code PASSPORT}: 5-20 upper-case letters or digits. For customers living in China the number is also
 *       compared with the Chinese passport format; a difference only warns, because the snapshot records the
 *       country of residence, not the issuing country, and a resident foreigner legitimately holds another
 *       country's passport.</li>
 *   <li>{@code OTHER}: only presence is checked. A type this check does not know (the SDK may add some) is
 *       treated the same way but warns, so the reviewer knows no format check ran.</li>
 * </ul>
 */
@Extension
public class ResidentIdCheck implements ReviewCheck {

    static final String RESIDENT_ID = "CN_RESIDENT_ID";
    static final String PASSPORT = "PASSPORT";
    static final String OTHER = "OTHER";
    private static final Pattern PASSPORT_FORMAT = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern CHINESE_PASSPORT_FORMAT = Pattern.compile("[EG]\\d{8}|E[A-Z]\\d{7}");

    @Override
    public String id() {
        return "resident-id";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "National ID number", "zh-CN", "证件号码校验");
    }

    @Override
    public CheckResult run(ExtensionContext context, CustomerSnapshot customer) {
        Findings findings = new Findings(context);
        Optional<String> number = customer.nationalIdNumber().map(String::strip).filter(Findings::present);
        if (number.isEmpty()) {
            findings.add(CheckOutcome.FAIL, "ID_MISSING", "No national ID number is recorded.", "未登记证件号码。");
            return findings.result("", "");
        }
        String type = customer.nationalIdType().orElse("");
        return switch (type) {
            case RESIDENT_ID -> residentId(findings, number.get(), customer.dateOfBirth(), LocalDate.now(context.clock()));
            case PASSPORT -> passport(findings, number.get(), customer.countryCode().orElse(""));
            case OTHER -> findings.result("An ID number is recorded; numbers of type OTHER are not format-checked.",
                    "已登记证件号码；其他类型证件不校验格式。");
            default -> {
                String shown = type.isBlank() ? "(none)" : type;
                findings.add(CheckOutcome.WARN, "ID_TYPE_UNRECOGNISED",
                        "The ID type " + shown + " is not known to this check; only the presence of a number was verified.",
                        "本检查不识别证件类型" + (type.isBlank() ? "（未填写）" : type) + "，仅核对了号码已登记。");
                yield findings.result("", "");
            }
        };
    }

    private static CheckResult residentId(Findings findings, String number, Optional<LocalDate> recordedBirthDate, LocalDate today) {
        ResidentIdNumber.Validation validation = ResidentIdNumber.validate(number, today);
        validation.problems().forEach(problem ->
                findings.add(CheckOutcome.FAIL, problem.reasonCode(), problem.english(), problem.chinese()));
        if (validation.birthDate().isPresent() && recordedBirthDate.isPresent()
                && !validation.birthDate().get().equals(recordedBirthDate.get())) {
            LocalDate inId = validation.birthDate().get();
            findings.add(CheckOutcome.FAIL, "ID_BIRTH_DATE_MISMATCH",
                    "The recorded date of birth (" + recordedBirthDate.get() + ") differs from the birth date in the resident ID number (" + inId + ").",
                    "登记的出生日期（" + recordedBirthDate.get() + "）与身份证号码中的出生日期（" + inId + "）不一致。");
        }
        String birth = validation.birthDate().map(LocalDate::toString).orElse("");
        return findings.result("The resident ID number is valid (born " + birth + ").", "居民身份证号码有效（出生日期" + birth + "）。");
    }

    private static CheckResult passport(Findings findings, String number, String countryCode) {
        if (!PASSPORT_FORMAT.matcher(number).matches()) {
            findings.add(CheckOutcome.FAIL, "PASSPORT_FORMAT",
                    "A passport number must be 5 to 20 upper-case letters or digits.",
                    "护照号码应为5至20位大写字母或数字。");
        } else if ("CN".equalsIgnoreCase(countryCode.strip()) && !CHINESE_PASSPORT_FORMAT.matcher(number).matches()) {
            findings.add(CheckOutcome.WARN, "CN_PASSPORT_FORMAT",
                    "The customer lives in China but the passport number does not have the Chinese format (E or G and 8 digits, or E, a letter and 7 digits); confirm whether it is a foreign passport.",
                    "客户居住在中国，但护照号码不符合中国护照格式（E或G加8位数字，或E加1位字母加7位数字），请确认是否为外国护照。");
        }
        return findings.result("The passport number is well-formed.", "护照号码格式正确。");
    }
}
