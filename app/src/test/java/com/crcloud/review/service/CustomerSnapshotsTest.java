package com.crcloud.review.service;

import com.crcloud.customer.domain.CreditCard;
import com.crcloud.customer.domain.CreditScore;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.DocumentInfo;
import com.crcloud.customer.domain.DocumentType;
import com.crcloud.customer.domain.EmploymentStatus;
import com.crcloud.customer.domain.FinancialProfile;
import com.crcloud.customer.domain.Holding;
import com.crcloud.customer.domain.HoldingKind;
import com.crcloud.customer.domain.IncomeSource;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.domain.LoanStatus;
import com.crcloud.customer.domain.OverdueEvent;
import com.crcloud.customer.domain.VerificationStatus;
import com.crcloud.customer.service.CustomerRecord;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.support.TestCustomers;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What plugins receive is what the record holds, in the SDK's terms. */
class CustomerSnapshotsTest {

    @Test
    void the_snapshot_carries_finances_credit_record_and_document_metadata_in_sdk_terms() {
        Customer customer = TestCustomers.reviewable("Snapshot Subject", "30000.00");
        ReflectionTestUtils.setField(customer, "id", UUID.randomUUID());
        FinancialProfile profile = new FinancialProfile();
        profile.setIncomeSource(IncomeSource.RENTAL);
        profile.setEmploymentStatus(EmploymentStatus.RETIRED);
        CreditScore older = score(810, LocalDate.of(2025, 1, 1));
        CreditScore latest = score(655, LocalDate.of(2026, 9, 1));
        DocumentInfo document = new DocumentInfo(UUID.randomUUID(), 0, customer.getId(), DocumentType.PROOF_OF_ADDRESS, "bill.pdf",
                "application/pdf", 1234, "ab".repeat(32), Instant.now(), "reviewer", VerificationStatus.VERIFIED, "reviewer",
                Instant.now(), null);
        CustomerRecord record = new CustomerRecord(Optional.of(profile),
                List.of(holding(HoldingKind.PROPERTY, "3000000.00", "CNY"), holding(HoldingKind.OTHER_ASSET, "5000.00", "USD"),
                        holding(HoldingKind.OTHER_LIABILITY, "800.00", "CNY")),
                List.of(loan()), List.of(card()), List.of(overdue()), List.of(older, latest), List.of(document));

        CustomerSnapshot snapshot = CustomerSnapshots.of(customer, record);

        assertThat(snapshot.incomeSource()).contains("RENTAL");
        assertThat(snapshot.monthlyIncome()).contains(new BigDecimal("30000.00"));
        assertThat(snapshot.employmentStatus()).contains("RETIRED");
        assertThat(snapshot.assets()).containsExactly(new CustomerSnapshot.Holding("PROPERTY", new BigDecimal("3000000.00"), "CNY"),
                new CustomerSnapshot.Holding("OTHER", new BigDecimal("5000.00"), "USD"));
        assertThat(snapshot.liabilities()).containsExactly(new CustomerSnapshot.Holding("OTHER", new BigDecimal("800.00"), "CNY"));
        assertThat(snapshot.loans()).containsExactly(new CustomerSnapshot.Loan("WeBank", new BigDecimal("20000.00"),
                new BigDecimal("21500.00"), "DEFAULTED"));
        assertThat(snapshot.cards()).singleElement().satisfies(card -> assertThat(card.utilisation()).isEqualTo(0.9));
        assertThat(snapshot.overdueEvents()).containsExactly(new CustomerSnapshot.OverdueEvent(LocalDate.of(2026, 6, 1), 100,
                new BigDecimal("1500.00")));
        assertThat(snapshot.externalCreditScore()).as("the latest by date, not the best").contains(655);
        assertThat(snapshot.documents()).containsExactly(new CustomerSnapshot.Document("PROOF_OF_ADDRESS", "VERIFIED", "ab".repeat(32)));
    }

    @Test
    void a_customer_with_nothing_on_file_gets_empty_lists_not_zeros() {
        Customer customer = TestCustomers.reviewable("Thin File", "8000.00");
        ReflectionTestUtils.setField(customer, "id", UUID.randomUUID());

        CustomerSnapshot snapshot = CustomerSnapshots.of(customer,
                new CustomerRecord(Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));

        assertThat(snapshot.incomeSource()).isEmpty();
        assertThat(snapshot.employmentStatus()).isEmpty();
        assertThat(snapshot.externalCreditScore()).isEmpty();
        assertThat(snapshot.loans()).isEmpty();
        assertThat(snapshot.assets()).isEmpty();
        assertThat(snapshot.monthlyIncome()).contains(new BigDecimal("8000.00"));
    }

    private static Holding holding(HoldingKind kind, String amount, String currency) {
        Holding holding = new Holding();
        holding.setKind(kind);
        holding.setAmount(new BigDecimal(amount));
        holding.setCurrency(currency);
        return holding;
    }

    private static Loan loan() {
        Loan loan = new Loan();
        loan.setLender("WeBank");
        loan.setOriginalAmount(new BigDecimal("20000.00"));
        loan.setOutstandingBalance(new BigDecimal("21500.00"));
        loan.setStatus(LoanStatus.DEFAULTED);
        return loan;
    }

    private static CreditCard card() {
        CreditCard card = new CreditCard();
        card.setIssuer("CMB");
        card.setCreditLimit(new BigDecimal("10000.00"));
        card.setCurrentBalance(new BigDecimal("9000.00"));
        return card;
    }

    private static OverdueEvent overdue() {
        OverdueEvent event = new OverdueEvent();
        event.setOccurredOn(LocalDate.of(2026, 6, 1));
        event.setDaysPastDue(100);
        event.setAmount(new BigDecimal("1500.00"));
        return event;
    }

    private static CreditScore score(int value, LocalDate date) {
        CreditScore score = new CreditScore();
        score.setBureau("Baihang");
        score.setScore(value);
        score.setScoredOn(date);
        return score;
    }
}
