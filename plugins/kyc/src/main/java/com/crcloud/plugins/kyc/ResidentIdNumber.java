package com.crcloud.plugins.kyc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates PRC resident identity numbers (公民身份号码) as defined by GB 11643-1999: 6-digit address code,
 * 8-digit birth date, 3-digit sequence code and an ISO 7064 MOD 11-2 check character. Shared by the
 * {@code resident-id} check and by the {@code age} check, which may only trust a birth date from a valid number.
 *
 * <p>The address code is checked at province level only: the first two digits must be a province-level code
 * of GB/T 2260 or 71, 81, 82, 83 (used on residence permits for residents of Taiwan, Hong Kong and Macau).
 * Digits 3-6 are only required to be numeric: the county-level list changes every year and older numbers keep
 * codes that no longer exist, so validating it would reject genuine customers.
 */
final class ResidentIdNumber {

    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final int LENGTH = 18;
    private static final Pattern FORMAT = Pattern.compile("\\d{17}[0-9Xx]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Set<Integer> PROVINCE_CODES = Set.of(
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
            50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83);

    /** One reason the number is invalid, with its stable reason code and explanations in both languages. */
    record Problem(String reasonCode, String english, String chinese) {
    }

    /**
     * The outcome of validating a number.
     *
     * @param problems  every problem found; empty when the number is valid
     * @param birthDate the embedded birth date when it is a real date within range, even if another part is
     *                  wrong (so a consistency check can still compare it); empty otherwise
     */
    record Validation(List<Problem> problems, Optional<LocalDate> birthDate) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    private ResidentIdNumber() {
    }

    /** Validates a number (surrounding whitespace ignored, lower-case {@code x} accepted) as of {@code today}. */
    static Validation validate(String raw, LocalDate today) {
        String id = raw.strip();
        if (id.length() != LENGTH) {
            return new Validation(List.of(new Problem("ID_LENGTH",
                    "The resident ID number has " + id.length() + " characters instead of 18 (15-digit first-generation numbers are no longer valid).",
                    "居民身份证号码为" + id.length() + "位，应为18位（15位第一代身份证号码已停止使用）。")), Optional.empty());
        }
        if (!FORMAT.matcher(id).matches()) {
            return new Validation(List.of(new Problem("ID_FORMAT",
                    "The resident ID number must be 17 digits followed by a digit or X.",
                    "居民身份证号码应为17位数字加1位数字或X。")), Optional.empty());
        }
        List<Problem> problems = new ArrayList<>();
        String province = id.substring(0, 2);
        if (!PROVINCE_CODES.contains(Integer.parseInt(province))) {
            problems.add(new Problem("ID_REGION",
                    "The region code starts with " + province + ", which is not a PRC province-level code.",
                    "地址码前两位" + province + "不是有效的省级行政区划代码。"));
        }
        Optional<LocalDate> birthDate = birthDate(id.substring(6, 14), today, problems);
        char expected = checkCharacter(id.substring(0, 17));
        char actual = Character.toUpperCase(id.charAt(17));
        if (actual != expected) {
            problems.add(new Problem("ID_CHECK_DIGIT",
                    "The check character is " + actual + " but should be " + expected + " (ISO 7064 MOD 11-2); the number is probably mistyped.",
                    "校验码为" + actual + "，按ISO 7064 MOD 11-2应为" + expected + "，号码可能录入有误。"));
        }
        return new Validation(List.copyOf(problems), birthDate);
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static Optional<LocalDate> birthDate(String digits, LocalDate today, List<Problem> problems) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            problems.add(new Problem("ID_BIRTH_DATE",
                    "The birth date part " + digits + " is not a real date.",
                    "出生日期码" + digits + "不是有效日期。"));
            return Optional.empty();
        }
        if (date.isBefore(EARLIEST_BIRTH_DATE)) {
            problems.add(new Problem("ID_BIRTH_DATE",
                    "The birth date " + date + " is before " + EARLIEST_BIRTH_DATE + ".",
                    "出生日期" + date + "早于" + EARLIEST_BIRTH_DATE + "。"));
            return Optional.empty();
        }
        if (date.isAfter(today)) {
            problems.add(new Problem("ID_BIRTH_DATE",
                    "The birth date " + date + " is in the future.",
                    "出生日期" + date + "晚于今天。"));
            return Optional.empty();
        }
        return Optional.of(date);
    }
}
