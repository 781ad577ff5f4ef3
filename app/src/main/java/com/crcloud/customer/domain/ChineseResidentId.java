package com.crcloud.customer.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks PRC resident identity numbers as defined by GB 11643-1999: a 6-digit address code, the birth date as
 * {@code YYYYMMDD}, a 3-digit sequence and an ISO 7064 MOD 11-2 check character ({@code 0}–{@code 9} or
 * {@code X}). The address code is not checked against the GB/T 2260 table, which changes over time; legacy
 * 15-digit first-generation numbers are rejected for their length, as they are no longer issued.
 */
public final class ChineseResidentId {

    /** Why a number was rejected, in the order the checks run: only the first failing check is reported. */
    public enum Problem { EMPTY, LENGTH, FORMAT, BIRTH_DATE, CHECK_DIGIT }

    /**
     * The outcome of {@link #validate}.
     *
     * @param normalised the input stripped of surrounding whitespace and upper-cased (so {@code x} reads
     *                   {@code X}); null only for {@link Problem#EMPTY}
     * @param birthDate  the embedded birth date once it has passed its checks, so also for
     *                   {@link Problem#CHECK_DIGIT}, which lets a caller tell a mistyped number from a wrong person
     */
    public record Validation(boolean valid, Problem problem, String normalised, LocalDate birthDate) {
        public Validation {
            if (valid != (problem == null)) {
                throw new IllegalArgumentException("a validation is valid exactly when it has no problem");
            }
        }
    }

    private static final int LENGTH = 18;
    private static final int BODY_LENGTH = 17;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Indexed by the weighted sum modulo 11. */
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private ChineseResidentId() {
    }

    /** Validates {@code raw} as of {@code today}, which bounds the embedded birth date. */
    public static Validation validate(String raw, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String number = normalise(raw);
        if (number.isEmpty()) {
            return new Validation(false, Problem.EMPTY, null, null);
        }
        if (number.length() != LENGTH) {
            return new Validation(false, Problem.LENGTH, number, null);
        }
        if (!wellFormed(number)) {
            return new Validation(false, Problem.FORMAT, number, null);
        }
        LocalDate birthDate = embeddedBirthDate(number);
        if (birthDate == null || birthDate.isAfter(today)) {
            return new Validation(false, Problem.BIRTH_DATE, number, null);
        }
        if (number.charAt(BODY_LENGTH) != checkCharacter(number.substring(0, BODY_LENGTH))) {
            return new Validation(false, Problem.CHECK_DIGIT, number, birthDate);
        }
        return new Validation(true, null, number, birthDate);
    }

    /**
     * The check character that completes the given first 17 digits.
     *
     * @throws IllegalArgumentException unless the argument is exactly 17 ASCII digits
     */
    public static char checkCharacter(String first17Digits) {
        if (first17Digits == null || first17Digits.length() != BODY_LENGTH
                || !asciiDigits(first17Digits, BODY_LENGTH)) {
            throw new IllegalArgumentException("expected 17 digits, got " + first17Digits);
        }
        int sum = 0;
        for (int i = 0; i < BODY_LENGTH; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * The birth date embedded in a well-formed number whose date is a real one on or after 1900-01-01. Neither
     * the check character nor "not in the future" is verified: use {@link #validate} to accept a number.
     */
    public static Optional<LocalDate> birthDate(String number) {
        String normalised = normalise(number);
        if (normalised.length() != LENGTH || !wellFormed(normalised)) {
            return Optional.empty();
        }
        return Optional.ofNullable(embeddedBirthDate(normalised));
    }

    private static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** ASCII only: {@link Character#isDigit} would let full-width and other scripts' digits through. */
    private static boolean wellFormed(String number) {
        char last = number.charAt(BODY_LENGTH);
        return asciiDigits(number, BODY_LENGTH) && (isAsciiDigit(last) || last == 'X');
    }

    private static boolean asciiDigits(String value, int count) {
        for (int i = 0; i < count; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Null when positions 7–14 are not a real calendar date or lie before 1900. */
    private static LocalDate embeddedBirthDate(String number) {
        try {
            LocalDate date = LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            return date.isBefore(EARLIEST_BIRTH_DATE) ? null : date;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
