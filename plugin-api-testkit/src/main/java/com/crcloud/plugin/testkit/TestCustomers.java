package com.crcloud.plugin.testkit;

import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ScreeningSubject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Customer snapshots and screening subjects for tests. Each method returns a builder, so a test states only
 * what matters to it on top of a known base ({@code TestCustomers.complete().employmentStatus("RETIRED").build()}).
 */
public final class TestCustomers {

    /** A valid GB 11643 resident ID number (born 1949-12-31, Beijing Chaoyang), the standard's own example. */
    public static final String RESIDENT_ID = "11010519491231002X";

    private TestCustomers() {
    }

    /** Only what every snapshot has: customer id {@code c1} and a name. */
    public static CustomerSnapshot.Builder minimal() {
        return CustomerSnapshot.builder().customerId("c1").fullName("Wang Fang");
    }

    /**
     * A customer with every part filled in and consistent (ID number agrees with the date of birth, verified
     * documents, a current loan, a moderately used card): a well-behaved base for checks that look at all of it.
     */
    public static CustomerSnapshot.Builder complete() {
        return minimal()
                .fullName("王芳")
                .dateOfBirth(LocalDate.of(1949, 12, 31))
                .nationalId("CN_RESIDENT_ID", RESIDENT_ID)
                .phone("+86 138 0013 8000")
                .email("wang.fang@example.com")
                .address("CN", "Beijing", "Beijing")
                .currency("CNY")
                .monthlyIncome(new BigDecimal("20000"), "SALARY")
                .monthlyExpenses(new BigDecimal("6000"))
                .employmentStatus("EMPLOYED")
                .asset(new CustomerSnapshot.Holding("PROPERTY", new BigDecimal("1200000"), "CNY"))
                .liability(new CustomerSnapshot.Holding("MORTGAGE", new BigDecimal("400000"), "CNY"))
                .loan(new CustomerSnapshot.Loan("Bank of Example", new BigDecimal("500000"), new BigDecimal("400000"), "CURRENT"))
                .card(new CustomerSnapshot.Card(new BigDecimal("50000"), new BigDecimal("10000")))
                .externalCreditScore(720)
                .document(new CustomerSnapshot.Document("ID_CARD_COPY", "VERIFIED", "0".repeat(64)))
                .document(new CustomerSnapshot.Document("BANK_STATEMENT", "VERIFIED", "1".repeat(64)));
    }

    /** The subject the host screens for this snapshot: its id, name, date of birth, ID number and country. */
    public static ScreeningSubject subjectOf(CustomerSnapshot customer) {
        return new ScreeningSubject(customer.customerId(), customer.fullName(), List.of(), customer.dateOfBirth(),
                customer.nationalIdNumber(), customer.countryCode());
    }

    /** A subject with only a name (id {@code c1}). */
    public static ScreeningSubject subject(String fullName) {
        return new ScreeningSubject("c1", fullName, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
