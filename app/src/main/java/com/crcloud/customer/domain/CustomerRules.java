package com.crcloud.customer.domain;

import com.crcloud.tenant.support.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field rules of a customer record, in one place: the edit form shows them on the field as the user types,
 * and the service enforces them again before anything is stored.
 */
public final class CustomerRules {

    public static final String FULL_NAME = "fullName";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String NATIONAL_ID_TYPE = "nationalIdType";
    public static final String NATIONAL_ID_NUMBER = "nationalIdNumber";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String ADDRESS_LINE = "addressLine";
    public static final String CITY = "city";
    public static final String REGION = "region";
    public static final String POSTAL_CODE = "postalCode";
    public static final String COUNTRY_CODE = "countryCode";
    public static final String MONTHLY_INCOME = "monthlyIncome";
    public static final String MONTHLY_EXPENSES = "monthlyExpenses";
    public static final String CURRENCY = "currency";

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ()-]+");
    private static final Pattern PASSPORT_PATTERN = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    private CustomerRules() {
    }

    public static Optional<FieldProblem> fullName(String value) {
        if (value == null || value.isBlank()) {
            return problem(FULL_NAME, "validation.required");
        }
        if (value.trim().length() > 200) {
            return problem(FULL_NAME, "validation.tooLong", 200);
        }
        return Optional.empty();
    }

    public static Optional<FieldProblem> dateOfBirth(LocalDate value, LocalDate today) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isAfter(today)) {
            return problem(DATE_OF_BIRTH, "customer.dateOfBirth.error.future");
        }
        if (value.isBefore(EARLIEST_BIRTH)) {
            return problem(DATE_OF_BIRTH, "customer.dateOfBirth.error.tooEarly");
        }
        return Optional.empty();
    }

    /** The number must fit its type; a Chinese resident ID must also agree with a recorded date of birth. */
    public static Optional<FieldProblem> nationalId(NationalIdType type, String number, LocalDate dateOfBirth, LocalDate today) {
        boolean hasNumber = number != null && !number.isBlank();
        if (type == null) {
            return hasNumber ? problem(NATIONAL_ID_TYPE, "customer.nationalIdType.error.required") : Optional.empty();
        }
        if (!hasNumber) {
            return problem(NATIONAL_ID_NUMBER, "validation.required");
        }
        String trimmed = number.trim();
        return switch (type) {
            case CN_RESIDENT_ID -> {
                ChineseResidentId.Validation validation = ChineseResidentId.validate(trimmed, today);
                if (!validation.valid()) {
                    yield problem(NATIONAL_ID_NUMBER, "customer.nationalId.error." + validation.problem().name());
                }
                if (dateOfBirth != null && !dateOfBirth.equals(validation.birthDate())) {
                    yield problem(NATIONAL_ID_NUMBER, "customer.nationalId.error.BIRTH_DATE_MISMATCH", validation.birthDate());
                }
                yield Optional.empty();
            }
            case PASSPORT -> PASSPORT_PATTERN.matcher(trimmed.toUpperCase(Locale.ROOT)).matches()
                    ? Optional.empty() : problem(NATIONAL_ID_NUMBER, "customer.nationalId.error.PASSPORT_FORMAT");
            case OTHER -> trimmed.length() <= 64 ? Optional.empty() : problem(NATIONAL_ID_NUMBER, "validation.tooLong", 64);
        };
    }

    /** The form in which a number is stored and compared for duplicates. */
    public static String normaliseNationalId(NationalIdType type, String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String trimmed = number.trim();
        return type == NationalIdType.OTHER ? trimmed : trimmed.toUpperCase(Locale.ROOT);
    }

    public static Optional<FieldProblem> phone(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        long digits = value.chars().filter(Character::isDigit).count();
        if (!PHONE_CHARACTERS.matcher(value.trim()).matches() || digits < 6 || digits > 20) {
            return problem(PHONE, "customer.phone.error.format");
        }
        return maxLength(PHONE, value, 40);
    }

    public static Optional<FieldProblem> email(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.trim().length() > 254 || !EMAIL_PATTERN.matcher(value.trim()).matches()) {
            return problem(EMAIL, "customer.email.error.format");
        }
        return Optional.empty();
    }

    /** Free-text fields without a format still have to fit their columns (imports bring values of any length). */
    public static Optional<FieldProblem> maxLength(String field, String value, int maxLength) {
        return value != null && value.trim().length() > maxLength ? problem(field, "validation.tooLong", maxLength) : Optional.empty();
    }

    public static Optional<FieldProblem> postalCode(String value) {
        return value != null && value.trim().length() > 20 ? problem(POSTAL_CODE, "validation.tooLong", 20) : Optional.empty();
    }

    public static Optional<FieldProblem> countryCode(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return COUNTRIES.contains(value.trim().toUpperCase(Locale.ROOT))
                ? Optional.empty() : problem(COUNTRY_CODE, "customer.countryCode.error.unknown");
    }

    public static Optional<FieldProblem> amount(String field, BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.signum() < 0) {
            return problem(field, "validation.notNegative");
        }
        if (value.compareTo(MAX_AMOUNT) > 0 || value.scale() > 2) {
            return problem(field, "validation.amountFormat");
        }
        return Optional.empty();
    }

    /** A currency is needed as soon as any amount is recorded. */
    public static Optional<FieldProblem> currency(String value, boolean amountsRecorded) {
        if (value == null || value.isBlank()) {
            return amountsRecorded ? problem(CURRENCY, "customer.currency.error.required") : Optional.empty();
        }
        try {
            Currency.getInstance(value.trim().toUpperCase(Locale.ROOT));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return problem(CURRENCY, "customer.currency.error.unknown");
        }
    }

    /** Every rule, for the service's final check before storing. */
    public static List<FieldProblem> validate(Customer customer, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        fullName(customer.getFullName()).ifPresent(problems::add);
        dateOfBirth(customer.getDateOfBirth(), today).ifPresent(problems::add);
        nationalId(customer.getNationalIdType(), customer.getNationalIdNumber(), customer.getDateOfBirth(), today)
                .ifPresent(problems::add);
        phone(customer.getPhone()).ifPresent(problems::add);
        email(customer.getEmail()).ifPresent(problems::add);
        maxLength(ADDRESS_LINE, customer.getAddressLine(), 300).ifPresent(problems::add);
        maxLength(CITY, customer.getCity(), 100).ifPresent(problems::add);
        maxLength(REGION, customer.getRegion(), 100).ifPresent(problems::add);
        postalCode(customer.getPostalCode()).ifPresent(problems::add);
        countryCode(customer.getCountryCode()).ifPresent(problems::add);
        amount(MONTHLY_INCOME, customer.getMonthlyIncome()).ifPresent(problems::add);
        amount(MONTHLY_EXPENSES, customer.getMonthlyExpenses()).ifPresent(problems::add);
        currency(customer.getCurrency(), customer.getMonthlyIncome() != null || customer.getMonthlyExpenses() != null)
                .ifPresent(problems::add);
        return problems;
    }

    private static Optional<FieldProblem> problem(String field, String key, Object... arguments) {
        return Optional.of(FieldProblem.of(field, key, arguments));
    }
}
