package com.crcloud.plugin.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable copy of what the host knows about a customer when an extension runs: identity, finances, credit
 * record and documents (metadata only, never contents). Built with {@link #builder()} so fields can be added in
 * minor SDK versions without breaking plugins or their tests. Absent values are empty optionals or empty lists.
 */
public final class CustomerSnapshot {

    /** An asset or liability by kind, e.g. {@code ("PROPERTY", 1200000, "CNY")}. */
    public record Holding(String kind, BigDecimal amount, String currency) {
    }

    /** A loan in the credit record. {@code status} is e.g. {@code CURRENT}, {@code OVERDUE}, {@code CLOSED}, {@code DEFAULTED}. */
    public record Loan(String lender, BigDecimal amount, BigDecimal balance, String status) {
    }

    /** A card in the credit record; utilisation is balance / limit, 0..1. */
    public record Card(BigDecimal limit, BigDecimal balance) {
        public double utilisation() {
            return limit == null || limit.signum() == 0 || balance == null ? 0 : balance.doubleValue() / limit.doubleValue();
        }
    }

    /** A past overdue payment. */
    public record OverdueEvent(LocalDate date, int daysPastDue, BigDecimal amount) {
    }

    /** A document on file: its type (e.g. {@code BANK_STATEMENT}), verification status and content hash. */
    public record Document(String type, String verificationStatus, String sha256) {
    }

    private final String customerId;
    private final String fullName;
    private final LocalDate dateOfBirth;
    private final String nationalIdType;
    private final String nationalIdNumber;
    private final String phone;
    private final String email;
    private final String countryCode;
    private final String region;
    private final String city;
    private final String currency;
    private final BigDecimal monthlyIncome;
    private final String incomeSource;
    private final BigDecimal monthlyExpenses;
    private final String employmentStatus;
    private final List<Holding> assets;
    private final List<Holding> liabilities;
    private final List<Loan> loans;
    private final List<Card> cards;
    private final List<OverdueEvent> overdueEvents;
    private final Integer externalCreditScore;
    private final List<Document> documents;

    private CustomerSnapshot(Builder builder) {
        this.customerId = Objects.requireNonNull(builder.customerId, "customerId");
        this.fullName = Objects.requireNonNull(builder.fullName, "fullName");
        this.dateOfBirth = builder.dateOfBirth;
        this.nationalIdType = builder.nationalIdType;
        this.nationalIdNumber = builder.nationalIdNumber;
        this.phone = builder.phone;
        this.email = builder.email;
        this.countryCode = builder.countryCode;
        this.region = builder.region;
        this.city = builder.city;
        this.currency = builder.currency;
        this.monthlyIncome = builder.monthlyIncome;
        this.incomeSource = builder.incomeSource;
        this.monthlyExpenses = builder.monthlyExpenses;
        this.employmentStatus = builder.employmentStatus;
        this.assets = List.copyOf(builder.assets);
        this.liabilities = List.copyOf(builder.liabilities);
        this.loans = List.copyOf(builder.loans);
        this.cards = List.copyOf(builder.cards);
        this.overdueEvents = List.copyOf(builder.overdueEvents);
        this.externalCreditScore = builder.externalCreditScore;
        this.documents = List.copyOf(builder.documents);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String customerId() {
        return customerId;
    }

    public String fullName() {
        return fullName;
    }

    public Optional<LocalDate> dateOfBirth() {
        return Optional.ofNullable(dateOfBirth);
    }

    /** {@code CN_RESIDENT_ID}, {@code PASSPORT} or {@code OTHER}; new kinds may appear in minor versions. */
    public Optional<String> nationalIdType() {
        return Optional.ofNullable(nationalIdType);
    }

    public Optional<String> nationalIdNumber() {
        return Optional.ofNullable(nationalIdNumber);
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** ISO 3166-1 alpha-2 country of residence. */
    public Optional<String> countryCode() {
        return Optional.ofNullable(countryCode);
    }

    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    public Optional<String> city() {
        return Optional.ofNullable(city);
    }

    /** ISO 4217 currency of all amounts in this snapshot. */
    public Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    public Optional<BigDecimal> monthlyIncome() {
        return Optional.ofNullable(monthlyIncome);
    }

    public Optional<String> incomeSource() {
        return Optional.ofNullable(incomeSource);
    }

    public Optional<BigDecimal> monthlyExpenses() {
        return Optional.ofNullable(monthlyExpenses);
    }

    /** e.g. {@code EMPLOYED}, {@code SELF_EMPLOYED}, {@code RETIRED}, {@code UNEMPLOYED}, {@code STUDENT}. */
    public Optional<String> employmentStatus() {
        return Optional.ofNullable(employmentStatus);
    }

    public List<Holding> assets() {
        return assets;
    }

    public List<Holding> liabilities() {
        return liabilities;
    }

    public List<Loan> loans() {
        return loans;
    }

    public List<Card> cards() {
        return cards;
    }

    public List<OverdueEvent> overdueEvents() {
        return overdueEvents;
    }

    public Optional<Integer> externalCreditScore() {
        return Optional.ofNullable(externalCreditScore);
    }

    public List<Document> documents() {
        return documents;
    }

    /** Builds snapshots; the host fills what it knows, tests fill what they need. */
    public static final class Builder {
        private String customerId;
        private String fullName;
        private LocalDate dateOfBirth;
        private String nationalIdType;
        private String nationalIdNumber;
        private String phone;
        private String email;
        private String countryCode;
        private String region;
        private String city;
        private String currency;
        private BigDecimal monthlyIncome;
        private String incomeSource;
        private BigDecimal monthlyExpenses;
        private String employmentStatus;
        private final List<Holding> assets = new ArrayList<>();
        private final List<Holding> liabilities = new ArrayList<>();
        private final List<Loan> loans = new ArrayList<>();
        private final List<Card> cards = new ArrayList<>();
        private final List<OverdueEvent> overdueEvents = new ArrayList<>();
        private Integer externalCreditScore;
        private final List<Document> documents = new ArrayList<>();

        private Builder() {
        }

        public Builder customerId(String value) {
            customerId = value;
            return this;
        }

        public Builder fullName(String value) {
            fullName = value;
            return this;
        }

        public Builder dateOfBirth(LocalDate value) {
            dateOfBirth = value;
            return this;
        }

        public Builder nationalId(String type, String number) {
            nationalIdType = type;
            nationalIdNumber = number;
            return this;
        }

        public Builder phone(String value) {
            phone = value;
            return this;
        }

        public Builder email(String value) {
            email = value;
            return this;
        }

        public Builder address(String countryCodeValue, String regionValue, String cityValue) {
            countryCode = countryCodeValue;
            region = regionValue;
            city = cityValue;
            return this;
        }

        public Builder currency(String value) {
            currency = value;
            return this;
        }

        public Builder monthlyIncome(BigDecimal value, String source) {
            monthlyIncome = value;
            incomeSource = source;
            return this;
        }

        public Builder monthlyExpenses(BigDecimal value) {
            monthlyExpenses = value;
            return this;
        }

        public Builder employmentStatus(String value) {
            employmentStatus = value;
            return this;
        }

        public Builder asset(Holding value) {
            assets.add(value);
            return this;
        }

        public Builder liability(Holding value) {
            liabilities.add(value);
            return this;
        }

        public Builder loan(Loan value) {
            loans.add(value);
            return this;
        }

        public Builder card(Card value) {
            cards.add(value);
            return this;
        }

        public Builder overdueEvent(OverdueEvent value) {
            overdueEvents.add(value);
            return this;
        }

        public Builder externalCreditScore(Integer value) {
            externalCreditScore = value;
            return this;
        }

        public Builder document(Document value) {
            documents.add(value);
            return this;
        }

        public CustomerSnapshot build() {
            return new CustomerSnapshot(this);
        }
    }
}
