package com.crcloud.demo;

import com.crcloud.customer.domain.CreditCard;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRecordEntry;
import com.crcloud.customer.domain.DocumentFormat;
import com.crcloud.customer.domain.HoldingKind;
import com.crcloud.customer.domain.LoanRepayment;
import com.crcloud.customer.domain.LoanStatus;
import com.crcloud.customer.domain.RecordContext;
import com.crcloud.customer.domain.VerificationStatus;
import com.crcloud.demo.DemoCustomerRecordGenerator.DemoRecord;
import com.crcloud.demo.DemoCustomerRecordGenerator.LoanDraft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCustomerRecordGeneratorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final int MANY = 600;

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void the_same_seed_and_customer_give_the_same_record(DemoProfile profile) {
        List<Customer> customers = customers(profile);

        for (Customer customer : customers.subList(0, 50)) {
            assertThat(new DemoCustomerRecordGenerator(5, CLOCK).generate(profile, customer))
                    .usingRecursiveComparison()
                    .isEqualTo(new DemoCustomerRecordGenerator(5, CLOCK).generate(profile, customer));
        }
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void every_generated_entry_passes_the_rules_a_reviewer_would_be_held_to(DemoProfile profile) {
        for (Customer customer : customers(profile)) {
            DemoRecord record = generate(profile, customer);
            RecordContext context = new RecordContext(TODAY, customer.getDateOfBirth(), customer.getCurrency(), null);
            List<CustomerRecordEntry> entries = new ArrayList<>();
            entries.add(record.profile());
            entries.addAll(record.holdings());
            entries.addAll(record.cards());
            entries.addAll(record.overdueEvents());
            entries.addAll(record.creditScores());
            for (CustomerRecordEntry entry : entries) {
                assertThat(entry.validate(context)).as("%s of %s", entry.getClass().getSimpleName(), customer.getFullName()).isEmpty();
            }
            for (LoanDraft draft : record.loans()) {
                assertThat(draft.loan().validate(context)).as("loan of %s", customer.getFullName()).isEmpty();
                for (DemoCustomerRecordGenerator.RepaymentDraft repaymentDraft : draft.repayments()) {
                    LoanRepayment repayment = new LoanRepayment(null);
                    repayment.setDueDate(repaymentDraft.dueDate());
                    repayment.setAmountDue(repaymentDraft.amountDue());
                    repayment.setAmountPaid(repaymentDraft.amountPaid());
                    repayment.setPaidOn(repaymentDraft.paidOn());
                    assertThat(repayment.validate(context.forLoan(draft.loan()))).as("repayment of %s", customer.getFullName()).isEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void a_minority_has_overdue_history_or_defaulted_loans_and_some_cards_run_near_their_limit(DemoProfile profile) {
        List<DemoRecord> records = customers(profile).stream().map(customer -> generate(profile, customer)).toList();
        List<CreditCard> cards = records.stream().flatMap(record -> record.cards().stream()).toList();

        assertThat(share(records, record -> !record.overdueEvents().isEmpty())).isBetween(0.15, 0.45);
        assertThat(share(records, record -> record.loans().stream().anyMatch(draft -> draft.loan().getStatus() == LoanStatus.DEFAULTED)))
                .isBetween(0.02, 0.12);
        assertThat(share(cards, card -> card.utilisation().orElseThrow().compareTo(new BigDecimal("0.80")) >= 0)).isBetween(0.08, 0.4);
        assertThat(share(records, record -> record.overdueEvents().stream().anyMatch(event -> event.getDaysPastDue() >= 90)))
                .as("serious delinquencies to show in the risk classes").isGreaterThan(0.02);
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void troubled_customers_score_lower_at_the_bureau_than_customers_who_always_paid(DemoProfile profile) {
        List<DemoRecord> records = customers(profile).stream().map(customer -> generate(profile, customer)).toList();

        double clean = averageScore(records, record -> record.overdueEvents().isEmpty());
        double late = averageScore(records, record -> !record.overdueEvents().isEmpty());

        assertThat(late).isLessThan(clean - 50);
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void every_customer_has_deposits_and_most_have_an_identity_document_as_a_real_pdf(DemoProfile profile) {
        List<DemoRecord> records = customers(profile).stream().map(customer -> generate(profile, customer)).toList();

        assertThat(records).allSatisfy(record -> assertThat(record.holdings()).extracting(holding -> holding.getKind())
                .contains(HoldingKind.DEPOSITS));
        assertThat(share(records, record -> record.documents().stream().anyMatch(document -> document.status() == VerificationStatus.VERIFIED)))
                .isGreaterThan(0.6);
        DemoCustomerRecordGenerator.DocumentDraft document = records.stream().flatMap(record -> record.documents().stream())
                .findFirst().orElseThrow();
        byte[] pdf = DemoPdf.of(document.lines());
        assertThat(DocumentFormat.sniff(pdf)).contains(DocumentFormat.PDF);
        String text = new String(pdf, StandardCharsets.US_ASCII);
        assertThat(text).endsWith("%%EOF\n");
        // Every cross-reference entry points at its object, and startxref at the table: readers can open it.
        int xref = Integer.parseInt(text.substring(text.indexOf("startxref\n") + 10, text.indexOf("\n%%EOF")));
        assertThat(text.substring(xref)).startsWith("xref\n0 6\n");
        String[] entries = text.substring(xref).split("\n");
        for (int object = 1; object <= 5; object++) {
            int offset = Integer.parseInt(entries[2 + object].substring(0, 10));
            assertThat(text.substring(offset)).startsWith(object + " 0 obj");
        }
    }

    private static List<Customer> customers(DemoProfile profile) {
        return new DemoCustomerGenerator(20250301, CLOCK).generate(profile, MANY);
    }

    private static DemoRecord generate(DemoProfile profile, Customer customer) {
        return new DemoCustomerRecordGenerator(20250301, CLOCK).generate(profile, customer);
    }

    private static double averageScore(List<DemoRecord> records, Predicate<DemoRecord> which) {
        return records.stream().filter(which).flatMap(record -> record.creditScores().stream())
                .mapToInt(score -> score.getScore()).average().orElseThrow();
    }

    private static <T> double share(List<T> values, Predicate<T> condition) {
        return (double) values.stream().filter(condition).count() / values.size();
    }
}
