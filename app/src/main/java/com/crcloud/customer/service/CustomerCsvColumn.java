package com.crcloud.customer.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRules;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.tenant.support.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The columns of the customer CSV format that the import reads and the export writes, in file order. The names
 * are a stable machine format (English, snake_case) whatever the user's language. Each column turns its text
 * into the customer's field and back; whether the value is acceptable is left to {@link CustomerRules}, except
 * for text that is not a value of the column's type at all (a date that is not {@code yyyy-MM-dd}, an amount
 * with thousands separators, an unknown ID type).
 */
public enum CustomerCsvColumn {

    FULL_NAME("full_name", CustomerRules.FULL_NAME, text(Customer::setFullName), Customer::getFullName),
    DATE_OF_BIRTH("date_of_birth", CustomerRules.DATE_OF_BIRTH, CustomerCsvColumn::readDateOfBirth,
            customer -> customer.getDateOfBirth() == null ? null : customer.getDateOfBirth().toString()),
    NATIONAL_ID_TYPE("national_id_type", CustomerRules.NATIONAL_ID_TYPE, CustomerCsvColumn::readNationalIdType,
            customer -> customer.getNationalIdType() == null ? null : customer.getNationalIdType().name()),
    NATIONAL_ID_NUMBER("national_id_number", CustomerRules.NATIONAL_ID_NUMBER, text(Customer::setNationalIdNumber),
            Customer::getNationalIdNumber),
    PHONE("phone", CustomerRules.PHONE, text(Customer::setPhone), Customer::getPhone),
    EMAIL("email", CustomerRules.EMAIL, text(Customer::setEmail), Customer::getEmail),
    ADDRESS_LINE("address_line", CustomerRules.ADDRESS_LINE, text(Customer::setAddressLine), Customer::getAddressLine),
    CITY("city", CustomerRules.CITY, text(Customer::setCity), Customer::getCity),
    REGION("region", CustomerRules.REGION, text(Customer::setRegion), Customer::getRegion),
    POSTAL_CODE("postal_code", CustomerRules.POSTAL_CODE, text(Customer::setPostalCode), Customer::getPostalCode),
    COUNTRY_CODE("country_code", CustomerRules.COUNTRY_CODE, text(Customer::setCountryCode), Customer::getCountryCode),
    MONTHLY_INCOME("monthly_income", CustomerRules.MONTHLY_INCOME, amount(CustomerRules.MONTHLY_INCOME, Customer::setMonthlyIncome),
            customer -> plain(customer.getMonthlyIncome())),
    MONTHLY_EXPENSES("monthly_expenses", CustomerRules.MONTHLY_EXPENSES, amount(CustomerRules.MONTHLY_EXPENSES, Customer::setMonthlyExpenses),
            customer -> plain(customer.getMonthlyExpenses())),
    CURRENCY("currency", CustomerRules.CURRENCY, text(Customer::setCurrency), Customer::getCurrency);

    /** Digits with an optional point and decimals; the sign is accepted so that the rules can say "not negative". */
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final String header;
    private final String field;
    private final Reader reader;
    private final Function<Customer, String> writer;

    CustomerCsvColumn(String header, String field, Reader reader, Function<Customer, String> writer) {
        this.header = header;
        this.field = field;
        this.reader = reader;
        this.writer = writer;
    }

    /** The column's name in the header row. */
    public String header() {
        return header;
    }

    /** The column a field rule's problem belongs to. */
    public static Optional<CustomerCsvColumn> ofField(String field) {
        return Arrays.stream(values()).filter(column -> column.field.equals(field)).findFirst();
    }

    /** The column with this header name, ignoring case and surrounding spaces. */
    public static Optional<CustomerCsvColumn> ofHeader(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(column -> column.header.equals(wanted)).findFirst();
    }

    /** Sets the customer's field from the cell's text (blank means no value), or says why the text is no value. */
    Optional<FieldProblem> read(Customer customer, String raw) {
        String value = raw == null || raw.isBlank() ? null : raw.strip();
        return reader.read(customer, value);
    }

    /** The cell's text for the customer's field, empty for no value; {@link #read} reads it back unchanged. */
    String write(Customer customer) {
        String value = writer.apply(customer);
        return value == null ? "" : value;
    }

    private static Optional<FieldProblem> readDateOfBirth(Customer customer, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            customer.setDateOfBirth(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE));
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(FieldProblem.of(CustomerRules.DATE_OF_BIRTH, "import.error.date"));
        }
    }

    private static Optional<FieldProblem> readNationalIdType(Customer customer, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            customer.setNationalIdType(NationalIdType.valueOf(value.toUpperCase(Locale.ROOT)));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(FieldProblem.of(CustomerRules.NATIONAL_ID_TYPE, "import.error.idType",
                    Arrays.stream(NationalIdType.values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }

    private static Reader text(BiConsumer<Customer, String> setter) {
        return (customer, value) -> {
            setter.accept(customer, value);
            return Optional.empty();
        };
    }

    /**
     * Amounts are written as {@code 12000.50}: a point for decimals and no grouping. {@code 12,000.50} is refused
     * rather than guessed at, since in much of the world {@code 12,000} means twelve.
     */
    private static Reader amount(String field, BiConsumer<Customer, BigDecimal> setter) {
        return (customer, value) -> {
            if (value == null) {
                return Optional.empty();
            }
            if (!AMOUNT.matcher(value).matches()) {
                return Optional.of(FieldProblem.of(field, value.contains(",")
                        ? "import.error.amountGrouping" : "import.error.amount"));
            }
            setter.accept(customer, new BigDecimal(value));
            return Optional.empty();
        };
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    @FunctionalInterface
    private interface Reader {
        Optional<FieldProblem> read(Customer customer, String value);
    }
}
