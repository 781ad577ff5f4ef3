package com.crcloud.customer.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every rule of the finances and credit record, as a table: an entry that is valid except for one change, and
 * the one problem (field and message key) that change must cause; "ok" rows show the boundary that is allowed.
 */
class CustomerRecordRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate BORN = LocalDate.of(1990, 5, 17);
    private static final RecordContext CONTEXT = new RecordContext(TODAY, BORN, "CNY", null);

    static Stream<Arguments> profiles() {
        return Stream.of(
                arguments("a complete profile is ok", profile(p -> { }), "ok"),
                arguments("nothing declared is ok", profile(p -> {
                    p.setIncomeSource(null);
                    p.setEmploymentStatus(null);
                    p.setEmployerName(null);
                    p.setEmployedSince(null);
                }), "ok"),
                arguments("salary while unemployed", profile(p -> {
                    p.setEmploymentStatus(EmploymentStatus.UNEMPLOYED);
                    p.setEmployerName(null);
                }), "incomeSource:customer.profile.error.salaryNeedsEmployment"),
                arguments("self-employment income while employed", profile(p -> p.setIncomeSource(IncomeSource.SELF_EMPLOYED)),
                        "incomeSource:customer.profile.error.selfEmployedIncomeNeedsStatus"),
                arguments("employed without an employer", profile(p -> p.setEmployerName("  ")),
                        "employerName:customer.profile.error.employerRequired"),
                arguments("an employer name of 201 characters", profile(p -> p.setEmployerName("x".repeat(201))),
                        "employerName:validation.tooLong"),
                arguments("employed since tomorrow", profile(p -> p.setEmployedSince(TODAY.plusDays(1))),
                        "employedSince:customer.record.error.future.employedSince"),
                arguments("employed since today is ok", profile(p -> p.setEmployedSince(TODAY)), "ok"),
                arguments("employed before being born", profile(p -> p.setEmployedSince(BORN.minusDays(1))),
                        "employedSince:customer.profile.error.beforeBirth"));
    }

    static Stream<Arguments> holdings() {
        return Stream.of(
                arguments("a complete holding is ok", holding(h -> { }), "ok"),
                arguments("a holding of zero is ok", holding(h -> h.setAmount(BigDecimal.ZERO)), "ok"),
                arguments("no kind", holding(h -> h.setKind(null)), "kind:validation.required"),
                arguments("no amount", holding(h -> h.setAmount(null)), "amount:validation.required"),
                arguments("a negative amount", holding(h -> h.setAmount(new BigDecimal("-1.00"))), "amount:validation.notNegative"),
                arguments("three decimals", holding(h -> h.setAmount(new BigDecimal("1.005"))), "amount:validation.amountFormat"),
                arguments("an unknown currency", holding(h -> h.setCurrency("XYZ")), "currency:customer.currency.error.unknown"),
                arguments("no currency", holding(h -> h.setCurrency(null)), "currency:customer.currency.error.required"),
                arguments("a long description", holding(h -> h.setDescription("d".repeat(201))), "description:validation.tooLong"));
    }

    static Stream<Arguments> loans() {
        return Stream.of(
                arguments("a current loan partly repaid is ok", loan(l -> { }), "ok"),
                arguments("no lender", loan(l -> l.setLender(" ")), "lender:validation.required"),
                arguments("no amount lent", loan(l -> l.setOriginalAmount(null)), "originalAmount:validation.required"),
                arguments("nothing lent", loan(l -> l.setOriginalAmount(BigDecimal.ZERO)), "originalAmount:customer.record.error.positive"),
                arguments("a negative amount lent", loan(l -> l.setOriginalAmount(new BigDecimal("-10"))), "originalAmount:validation.notNegative"),
                arguments("a negative balance", loan(l -> l.setOutstandingBalance(new BigDecimal("-0.01"))),
                        "outstandingBalance:validation.notNegative"),
                arguments("no balance", loan(l -> l.setOutstandingBalance(null)), "outstandingBalance:validation.required"),
                arguments("a current loan owing more than it lent", loan(l -> l.setOutstandingBalance(new BigDecimal("100000.01"))),
                        "outstandingBalance:customer.loan.error.balanceAboveOriginal"),
                arguments("a current loan owing exactly what it lent is ok", loan(l -> l.setOutstandingBalance(new BigDecimal("100000.00"))), "ok"),
                arguments("an overdue loan owing more than it lent is ok (arrears)", loan(l -> {
                    l.setStatus(LoanStatus.OVERDUE);
                    l.setOutstandingBalance(new BigDecimal("104000.00"));
                }), "ok"),
                arguments("a defaulted loan owing more than it lent is ok (penalty interest)", loan(l -> {
                    l.setStatus(LoanStatus.DEFAULTED);
                    l.setOutstandingBalance(new BigDecimal("120000.00"));
                }), "ok"),
                arguments("a closed loan still owing", loan(l -> l.setStatus(LoanStatus.CLOSED)),
                        "outstandingBalance:customer.loan.error.closedWithBalance"),
                arguments("a closed loan owing nothing is ok", loan(l -> {
                    l.setStatus(LoanStatus.CLOSED);
                    l.setOutstandingBalance(BigDecimal.ZERO);
                }), "ok"),
                arguments("no status", loan(l -> l.setStatus(null)), "status:validation.required"),
                arguments("opened tomorrow", loan(l -> l.setOpenedOn(TODAY.plusDays(1))), "openedOn:customer.record.error.future.openedOn"));
    }

    static Stream<Arguments> repayments() {
        return Stream.of(
                arguments("paid on time is ok", repayment(r -> { }), "ok"),
                arguments("not paid yet is ok", repayment(r -> {
                    r.setAmountPaid(null);
                    r.setPaidOn(null);
                }), "ok"),
                arguments("falling due next month is ok", repayment(r -> {
                    r.setDueDate(TODAY.plusMonths(1));
                    r.setAmountPaid(null);
                    r.setPaidOn(null);
                }), "ok"),
                arguments("no due date", repayment(r -> r.setDueDate(null)), "dueDate:validation.required"),
                arguments("due before the loan was opened", repayment(r -> r.setDueDate(LocalDate.of(2023, 12, 31))),
                        "dueDate:customer.repayment.error.dueBeforeOpened"),
                arguments("nothing due", repayment(r -> r.setAmountDue(BigDecimal.ZERO)), "amountDue:customer.record.error.positive"),
                arguments("a negative payment", repayment(r -> r.setAmountPaid(new BigDecimal("-5"))), "amountPaid:validation.notNegative"),
                arguments("a payment date without an amount", repayment(r -> r.setAmountPaid(null)),
                        "amountPaid:customer.repayment.error.amountPaidRequired"),
                arguments("an amount without a payment date", repayment(r -> r.setPaidOn(null)),
                        "paidOn:customer.repayment.error.paidOnRequired"),
                arguments("paid tomorrow", repayment(r -> r.setPaidOn(TODAY.plusDays(1))), "paidOn:customer.record.error.future.paidOn"),
                arguments("paid more than was due is ok (prepayment)", repayment(r -> r.setAmountPaid(new BigDecimal("5000.00"))), "ok"));
    }

    static Stream<Arguments> cards() {
        return Stream.of(
                arguments("a card is ok", card(c -> { }), "ok"),
                arguments("an over-limit card is ok", card(c -> c.setCurrentBalance(new BigDecimal("21000.00"))), "ok"),
                arguments("no issuer", card(c -> c.setIssuer(null)), "issuer:validation.required"),
                arguments("a zero limit", card(c -> c.setCreditLimit(BigDecimal.ZERO)), "creditLimit:customer.record.error.positive"),
                arguments("a negative limit", card(c -> c.setCreditLimit(new BigDecimal("-1"))), "creditLimit:validation.notNegative"),
                arguments("a negative balance", card(c -> c.setCurrentBalance(new BigDecimal("-1"))), "currentBalance:validation.notNegative"),
                arguments("no balance", card(c -> c.setCurrentBalance(null)), "currentBalance:validation.required"));
    }

    static Stream<Arguments> overdueEvents() {
        return Stream.of(
                arguments("an overdue event is ok", overdue(o -> { }), "ok"),
                arguments("no date", overdue(o -> o.setOccurredOn(null)), "occurredOn:validation.required"),
                arguments("in the future", overdue(o -> o.setOccurredOn(TODAY.plusDays(1))), "occurredOn:customer.record.error.future.occurredOn"),
                arguments("zero days late", overdue(o -> o.setDaysPastDue(0)), "daysPastDue:customer.overdue.error.daysRange"),
                arguments("eleven years late", overdue(o -> o.setDaysPastDue(4000)), "daysPastDue:customer.overdue.error.daysRange"),
                arguments("no days", overdue(o -> o.setDaysPastDue(null)), "daysPastDue:validation.required"),
                arguments("a negative amount", overdue(o -> o.setAmount(new BigDecimal("-300"))), "amount:validation.notNegative"),
                arguments("nothing overdue", overdue(o -> o.setAmount(BigDecimal.ZERO)), "amount:customer.record.error.positive"));
    }

    static Stream<Arguments> scores() {
        return Stream.of(
                arguments("a score is ok", score(s -> { }), "ok"),
                arguments("no bureau", score(s -> s.setBureau("")), "bureau:validation.required"),
                arguments("a score above the widest scale", score(s -> s.setScore(1001)), "score:customer.creditScore.error.range"),
                arguments("a negative score", score(s -> s.setScore(-1)), "score:customer.creditScore.error.range"),
                arguments("no score", score(s -> s.setScore(null)), "score:validation.required"),
                arguments("dated tomorrow", score(s -> s.setScoredOn(TODAY.plusDays(1))), "scoredOn:customer.record.error.future.scoredOn"),
                arguments("no date", score(s -> s.setScoredOn(null)), "scoredOn:validation.required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"profiles", "holdings", "loans", "repayments", "cards", "overdueEvents", "scores"})
    void each_rule_names_the_field_and_the_reason(String change, CustomerRecordEntry entry, String expected) {
        RecordContext context = entry instanceof LoanRepayment ? CONTEXT.forLoan(loan(l -> { })) : CONTEXT;
        entry.normalise();

        List<String> problems = entry.validate(context).stream().map(problem -> problem.field() + ":" + problem.messageKey()).toList();

        assertThat(problems).isEqualTo(expected.equals("ok") ? List.of() : List.of(expected));
    }

    @Test
    void credit_record_amounts_need_the_customers_currency_first() {
        RecordContext noCurrency = new RecordContext(TODAY, BORN, null, null);

        for (CustomerRecordEntry entry : List.of(loan(l -> { }), card(c -> { }), overdue(o -> { }))) {
            assertThat(entry.validate(noCurrency)).extracting(problem -> problem.field() + ":" + problem.messageKey())
                    .containsExactly("currency:customer.record.error.currencyNeeded");
        }
        assertThat(repayment(r -> { }).validate(noCurrency.forLoan(loan(l -> { })))).hasSize(1);
        assertThat(score(s -> { }).validate(noCurrency)).as("a score has no amount").isEmpty();
        assertThat(holding(h -> { }).validate(noCurrency)).as("a holding has its own currency").isEmpty();
    }

    @Test
    void the_balance_problem_quotes_the_amount_lent() {
        assertThat(CustomerRecordRules.outstandingBalance(new BigDecimal("100000.01"), new BigDecimal("100000.00"), LoanStatus.CURRENT))
                .hasValueSatisfying(problem -> assertThat(problem.arguments()).containsExactly("100000.00"));
    }

    @Test
    void utilisation_is_computed_from_limit_and_balance_and_may_exceed_one_hundred_percent() {
        assertThat(card(c -> { }).utilisation()).contains(new BigDecimal("0.8500"));
        assertThat(card(c -> c.setCurrentBalance(new BigDecimal("25000.00"))).utilisation()).contains(new BigDecimal("1.2500"));
        assertThat(card(c -> c.setCreditLimit(BigDecimal.ZERO)).utilisation()).isEmpty();
    }

    @Test
    void lateness_of_a_repayment_is_derived_from_the_dates() {
        assertThat(repayment(r -> { }).daysLate(TODAY)).as("paid a day early").isEmpty();
        assertThat(repayment(r -> r.setPaidOn(LocalDate.of(2026, 10, 25))).daysLate(TODAY)).hasValue(10);
        assertThat(repayment(r -> {
            r.setAmountPaid(null);
            r.setPaidOn(null);
        }).daysLate(TODAY)).as("still unpaid: counted to today").hasValue(46);
        assertThat(repayment(r -> {
            r.setDueDate(TODAY.plusDays(3));
            r.setAmountPaid(null);
            r.setPaidOn(null);
        }).daysLate(TODAY)).as("not due yet").isEmpty();
    }

    private static FinancialProfile profile(Consumer<FinancialProfile> change) {
        FinancialProfile profile = new FinancialProfile();
        profile.setIncomeSource(IncomeSource.SALARY);
        profile.setEmploymentStatus(EmploymentStatus.EMPLOYED);
        profile.setEmployerName("Huawei");
        profile.setEmployedSince(LocalDate.of(2015, 3, 1));
        change.accept(profile);
        return profile;
    }

    private static Holding holding(Consumer<Holding> change) {
        Holding holding = new Holding();
        holding.setKind(HoldingKind.PROPERTY);
        holding.setAmount(new BigDecimal("2500000.00"));
        holding.setCurrency("cny");
        holding.setDescription("Flat in Chaoyang");
        change.accept(holding);
        return holding;
    }

    private static Loan loan(Consumer<Loan> change) {
        Loan loan = new Loan();
        loan.setLender("China Merchants Bank");
        loan.setOriginalAmount(new BigDecimal("100000.00"));
        loan.setOutstandingBalance(new BigDecimal("42000.00"));
        loan.setStatus(LoanStatus.CURRENT);
        loan.setOpenedOn(LocalDate.of(2024, 1, 15));
        change.accept(loan);
        return loan;
    }

    private static LoanRepayment repayment(Consumer<LoanRepayment> change) {
        LoanRepayment repayment = new LoanRepayment(null);
        repayment.setDueDate(LocalDate.of(2026, 10, 15));
        repayment.setAmountDue(new BigDecimal("2900.00"));
        repayment.setAmountPaid(new BigDecimal("2900.00"));
        repayment.setPaidOn(LocalDate.of(2026, 10, 14));
        change.accept(repayment);
        return repayment;
    }

    private static CreditCard card(Consumer<CreditCard> change) {
        CreditCard card = new CreditCard();
        card.setIssuer("ICBC");
        card.setCreditLimit(new BigDecimal("20000.00"));
        card.setCurrentBalance(new BigDecimal("17000.00"));
        change.accept(card);
        return card;
    }

    private static OverdueEvent overdue(Consumer<OverdueEvent> change) {
        OverdueEvent event = new OverdueEvent();
        event.setOccurredOn(LocalDate.of(2026, 2, 3));
        event.setDaysPastDue(45);
        event.setAmount(new BigDecimal("2900.00"));
        event.setCreditor("WeBank");
        change.accept(event);
        return event;
    }

    private static CreditScore score(Consumer<CreditScore> change) {
        CreditScore score = new CreditScore();
        score.setBureau("Baihang Credit");
        score.setScore(712);
        score.setScoredOn(LocalDate.of(2026, 11, 1));
        change.accept(score);
        return score;
    }
}
