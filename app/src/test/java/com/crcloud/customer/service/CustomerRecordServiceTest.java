package com.crcloud.customer.service;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.CreditCard;
import com.crcloud.customer.domain.CreditScore;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.EmploymentStatus;
import com.crcloud.customer.domain.FinancialProfile;
import com.crcloud.customer.domain.Holding;
import com.crcloud.customer.domain.HoldingKind;
import com.crcloud.customer.domain.IncomeSource;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.domain.LoanRepayment;
import com.crcloud.customer.domain.LoanStatus;
import com.crcloud.customer.domain.OverdueEvent;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.RecordedStep;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("persistence")
class CustomerRecordServiceTest extends IntegrationTest {

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRecordService records;
    @Autowired
    AuditHistoryService audit;
    @Autowired
    ReviewCaseService cases;

    @Test
    void a_loan_is_added_changed_and_removed_and_its_history_keeps_every_state_with_who_and_why() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Loan History").getId();

        Loan added = records.save(customerId, loan("招商银行", "60000.00", "48000.00", LoanStatus.CURRENT), "bureau report of November");
        Loan edited = records.find(customerId, Loan.class, added.getId()).orElseThrow();
        edited.setOutstandingBalance(new BigDecimal("45100.00"));
        records.save(customerId, edited, "statement received");
        records.remove(customerId, records.find(customerId, Loan.class, added.getId()).orElseThrow(), "entered twice");

        assertThat(records.recordOf(customerId).loans()).isEmpty();
        List<HistoryEntry<Loan>> history = audit.history(Loan.class, added.getId());
        assertThat(history).extracting(HistoryEntry::type).containsExactly(RevisionType.ADD, RevisionType.MOD, RevisionType.DEL);
        assertThat(history).extracting(HistoryEntry::reason).containsExactly("bureau report of November", "statement received", "entered twice");
        assertThat(history).extracting(HistoryEntry::username).containsOnly("reviewer");
        assertThat(history.get(1).changedFields()).containsExactly("outstandingBalance");
        assertThat(history.get(2).state().getLender()).as("the removed loan stays readable").isEqualTo("招商银行");
        assertThat(history.get(2).state().getOutstandingBalance()).isEqualByComparingTo("45100.00");
    }

    @Test
    void the_customers_record_history_keeps_removed_entries_and_shows_nothing_to_another_tenant() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Record History").getId();
        CreditCard kept = records.save(customerId, card("ICBC", "10000.00", "500.00"), "new card");
        CreditCard removed = records.save(customerId, card("CCB", "8000.00", "0.00"), null);
        records.remove(customerId, removed, "card cancelled");

        List<HistoryEntry<CreditCard>> history = audit.historyWhere(CreditCard.class, "customerId", customerId);

        assertThat(history).extracting(entry -> entry.state().getIssuer(), HistoryEntry::type, HistoryEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ICBC", RevisionType.ADD, "new card"),
                        org.assertj.core.groups.Tuple.tuple("CCB", RevisionType.ADD, null),
                        org.assertj.core.groups.Tuple.tuple("CCB", RevisionType.DEL, "card cancelled"));
        assertThat(history.get(0).state().getId()).isEqualTo(kept.getId());

        actAs(WEALTH, "reviewer");
        assertThat(audit.historyWhere(CreditCard.class, "customerId", customerId)).isEmpty();
    }

    @Test
    void the_whole_record_is_read_back_together_with_assets_and_liabilities_apart_and_the_latest_score() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Whole Record").getId();
        FinancialProfile profile = new FinancialProfile();
        profile.setIncomeSource(IncomeSource.SALARY);
        profile.setEmploymentStatus(EmploymentStatus.EMPLOYED);
        profile.setEmployerName("  Huawei  ");
        records.save(customerId, profile, null);
        records.save(customerId, holding(HoldingKind.PROPERTY, "2400000.00", "cny"), null);
        records.save(customerId, holding(HoldingKind.MORTGAGE, "900000.00", "CNY"), null);
        records.save(customerId, card("ICBC", "20000.00", "17000.00"), null);
        records.save(customerId, overdue(LocalDate.now().minusMonths(4), 35), null);
        records.save(customerId, score("Baihang", 640, LocalDate.now().minusMonths(6)), null);
        records.save(customerId, score("Pudao", 702, LocalDate.now().minusDays(10)), null);

        CustomerRecord record = records.recordOf(customerId);

        assertThat(record.profile()).hasValueSatisfying(stored -> assertThat(stored.getEmployerName()).isEqualTo("Huawei"));
        assertThat(record.assets()).singleElement().satisfies(asset -> {
            assertThat(asset.getKind()).isEqualTo(HoldingKind.PROPERTY);
            assertThat(asset.getCurrency()).as("normalised").isEqualTo("CNY");
        });
        assertThat(record.liabilities()).extracting(Holding::getKind).containsExactly(HoldingKind.MORTGAGE);
        assertThat(record.cards()).singleElement().satisfies(card -> assertThat(card.utilisation()).contains(new BigDecimal("0.8500")));
        assertThat(record.overdueEvents()).extracting(OverdueEvent::getDaysPastDue).containsExactly(35);
        assertThat(record.latestCreditScore()).hasValueSatisfying(latest -> assertThat(latest.getScore()).isEqualTo(702));
    }

    @Test
    void a_broken_rule_is_reported_on_its_field_and_nothing_is_stored() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Impossible Balance").getId();

        assertThatThrownBy(() -> records.save(customerId, loan("WeBank", "10000.00", "12000.00", LoanStatus.CURRENT), null))
                .isInstanceOfSatisfying(InvalidCustomerException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("outstandingBalance", "customer.loan.error.balanceAboveOriginal")));
        assertThat(records.recordOf(customerId).loans()).isEmpty();
    }

    @Test
    void repayments_belong_to_a_loan_cannot_fall_due_before_it_was_opened_and_go_when_the_loan_goes() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Repayments").getId();
        Loan loan = loan("Ping An Bank", "36000.00", "30000.00", LoanStatus.CURRENT);
        loan.setOpenedOn(LocalDate.now().minusMonths(6));
        Loan stored = records.save(customerId, loan, null);
        LoanRepayment early = repayment(stored, LocalDate.now().minusMonths(7), null);
        assertThatThrownBy(() -> records.save(customerId, early, null))
                .isInstanceOfSatisfying(InvalidCustomerException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("customer.repayment.error.dueBeforeOpened"));

        records.save(customerId, repayment(stored, LocalDate.now().minusMonths(2), LocalDate.now().minusMonths(2)), null);
        LoanRepayment unpaid = records.save(customerId, repayment(stored, LocalDate.now().minusMonths(1), null), null);
        assertThat(records.repaymentsOf(customerId, stored.getId())).extracting(LoanRepayment::getId).startsWith(unpaid.getId()).hasSize(2);

        records.remove(customerId, records.find(customerId, Loan.class, stored.getId()).orElseThrow(), null);

        assertThat(records.repaymentsOf(customerId, stored.getId())).isEmpty();
        assertThat(records.find(customerId, LoanRepayment.class, unpaid.getId())).isEmpty();
    }

    @Test
    void an_edit_started_from_an_outdated_version_is_refused_and_the_other_change_stays() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Two Editors").getId();
        CreditCard stored = records.save(customerId, card("CMB", "30000.00", "1000.00"), null);
        CreditCard mine = records.find(customerId, CreditCard.class, stored.getId()).orElseThrow();
        CreditCard theirs = records.find(customerId, CreditCard.class, stored.getId()).orElseThrow();
        theirs.setCurrentBalance(new BigDecimal("2000.00"));
        records.save(customerId, theirs, "colleague");

        mine.setCurrentBalance(new BigDecimal("9999.00"));
        assertThatThrownBy(() -> records.save(customerId, mine, null)).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> records.remove(customerId, mine, null)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(records.find(customerId, CreditCard.class, stored.getId()).orElseThrow().getCurrentBalance()).isEqualByComparingTo("2000.00");
    }

    @Test
    void a_customer_has_one_financial_profile_and_a_second_first_save_is_refused() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("One Profile").getId();
        FinancialProfile first = new FinancialProfile();
        first.setEmploymentStatus(EmploymentStatus.RETIRED);
        records.save(customerId, first, null);
        FinancialProfile second = new FinancialProfile();
        second.setEmploymentStatus(EmploymentStatus.STUDENT);

        assertThatThrownBy(() -> records.save(customerId, second, null)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(records.recordOf(customerId).profile()).hasValueSatisfying(
                profile -> assertThat(profile.getEmploymentStatus()).isEqualTo(EmploymentStatus.RETIRED));
    }

    @Test
    void another_tenant_can_neither_read_nor_change_nor_attach_entries_to_the_customer() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Isolated Record").getId();
        Loan loan = records.save(customerId, loan("CCB", "50000.00", "20000.00", LoanStatus.CURRENT), null);
        Loan lendersCopy = records.find(customerId, Loan.class, loan.getId()).orElseThrow();

        actAs(WEALTH, "reviewer");
        assertThat(records.recordOf(customerId).loans()).isEmpty();
        assertThat(records.find(customerId, Loan.class, loan.getId())).isEmpty();
        assertThatThrownBy(() -> records.save(customerId, loan("Intruder Bank", "1.00", "1.00", LoanStatus.CURRENT), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("customer.error.notFound"));
        lendersCopy.setOutstandingBalance(BigDecimal.ZERO);
        assertThatThrownBy(() -> records.save(customerId, lendersCopy, null)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> records.remove(customerId, lendersCopy, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("customer.record.error.notFound"));

        actAs(LENDER, "reviewer");
        assertThat(records.recordOf(customerId).loans()).singleElement().satisfies(stored -> {
            assertThat(stored.getLender()).isEqualTo("CCB");
            assertThat(stored.getOutstandingBalance()).isEqualByComparingTo("20000.00");
        });
    }

    @Test
    void an_auditor_reads_the_record_but_cannot_change_it() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Audited Record").getId();
        records.save(customerId, score("Baihang", 700, LocalDate.now().minusDays(3)), null);

        actAs(LENDER, "auditor");
        assertThat(records.recordOf(customerId).creditScores()).hasSize(1);
        assertThatThrownBy(() -> records.save(customerId, score("Baihang", 710, LocalDate.now()), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_change_to_the_credit_record_assesses_the_open_case_again() {
        actAs(LENDER, "reviewer");
        Customer customer = customer("Late Again");
        ReviewCase reviewCase = assessed(customer);
        List<Integer> before = assessmentRuns(reviewCase);
        assertThat(before).hasSize(1);

        records.save(customer.getId(), overdue(LocalDate.now().minusMonths(1), 95), "bureau alert");

        ReviewCase after = cases.find(reviewCase.getId()).orElseThrow();
        assertThat(after.getStage()).isEqualTo(CaseStage.ASSESSING);
        List<Integer> runs = assessmentRuns(after);
        assertThat(runs).hasSize(2);
        int newRun = runs.get(1);
        assertThat(newRun).isGreaterThan(before.get(0));
        assertThat(cases.steps(after.getId())).filteredOn(step -> step.run() == newRun)
                .anySatisfy(step -> assertThat(step.result().figures().riskClass()).as("severe overdue forces HIGH")
                        .isEqualTo(com.crcloud.plugin.api.RiskClass.HIGH));
    }

    @Test
    void saving_an_entry_unchanged_does_not_assess_the_case_again() {
        actAs(LENDER, "reviewer");
        Customer customer = customer("Nothing Changed");
        Holding deposits = records.save(customer.getId(), holding(HoldingKind.DEPOSITS, "80000.00", "CNY"), null);
        ReviewCase reviewCase = assessed(customer);

        records.save(customer.getId(), records.find(customer.getId(), Holding.class, deposits.getId()).orElseThrow(), null);

        assertThat(cases.find(reviewCase.getId()).orElseThrow().getVersion()).isEqualTo(reviewCase.getVersion());
        assertThat(assessmentRuns(reviewCase)).hasSize(1);
    }

    private Customer customer(String name) {
        return customers.save(TestCustomers.reviewable(name, "20000.00"), null);
    }

    private ReviewCase assessed(Customer customer) {
        ReviewCase reviewCase = cases.open(customer.getId(), CaseTrigger.INITIAL);
        reviewCase = cases.startVerification(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
        return cases.startAssessment(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
    }

    /** The numbers of the runs of assessment steps on the case, oldest first. */
    private List<Integer> assessmentRuns(ReviewCase reviewCase) {
        return cases.steps(reviewCase.getId()).stream().filter(step -> step.stage() == CaseStage.ASSESSING)
                .map(RecordedStep::run).distinct().sorted().toList();
    }

    static Loan loan(String lender, String original, String balance, LoanStatus status) {
        Loan loan = new Loan();
        loan.setLender(lender);
        loan.setOriginalAmount(new BigDecimal(original));
        loan.setOutstandingBalance(new BigDecimal(balance));
        loan.setStatus(status);
        return loan;
    }

    static LoanRepayment repayment(Loan loan, LocalDate due, LocalDate paidOn) {
        LoanRepayment repayment = new LoanRepayment(loan.getId());
        repayment.setDueDate(due);
        repayment.setAmountDue(new BigDecimal("1000.00"));
        if (paidOn != null) {
            repayment.setAmountPaid(new BigDecimal("1000.00"));
            repayment.setPaidOn(paidOn);
        }
        return repayment;
    }

    static Holding holding(HoldingKind kind, String amount, String currency) {
        Holding holding = new Holding();
        holding.setKind(kind);
        holding.setAmount(new BigDecimal(amount));
        holding.setCurrency(currency);
        return holding;
    }

    static CreditCard card(String issuer, String limit, String balance) {
        CreditCard card = new CreditCard();
        card.setIssuer(issuer);
        card.setCreditLimit(new BigDecimal(limit));
        card.setCurrentBalance(new BigDecimal(balance));
        return card;
    }

    static OverdueEvent overdue(LocalDate date, int days) {
        OverdueEvent event = new OverdueEvent();
        event.setOccurredOn(date);
        event.setDaysPastDue(days);
        event.setAmount(new BigDecimal("2800.00"));
        event.setCreditor("WeBank");
        return event;
    }

    static CreditScore score(String bureau, int value, LocalDate date) {
        CreditScore score = new CreditScore();
        score.setBureau(bureau);
        score.setScore(value);
        score.setScoredOn(date);
        return score;
    }
}
