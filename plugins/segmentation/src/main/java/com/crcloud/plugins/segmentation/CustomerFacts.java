package com.crcloud.plugins.segmentation;

import com.crcloud.plugin.api.CustomerSnapshot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The measurements the scorecard and the segmenter judge a customer by, derived once from a snapshot so both
 * read the same numbers. Absent data stays absent (empty optionals) instead of becoming a misleading zero.
 *
 * <p>Debt-to-income is {@code (openLoanBalance / 36 + monthlyExpenses) / monthlyIncome}: the snapshot carries no
 * instalment amounts, so the monthly service of the open loans is approximated by spreading their outstanding
 * balance over 36 months. Open loans are all loans whose status is not {@code CLOSED}, including defaulted ones
 * (their balance is still owed). It is absent when income is absent or not positive, or when expenses are not
 * declared (a ratio without living costs would look better than the customer's real position).
 *
 * @param currency          ISO 4217 currency of every amount, or empty
 * @param monthlyIncome     declared monthly income
 * @param debtToIncome      see above
 * @param loanCount         number of loans in the credit record
 * @param goodLoans         loans that are {@code CLOSED} or {@code CURRENT}
 * @param defaultedLoans    loans that are {@code DEFAULTED}
 * @param worstOverdueDays  the largest {@code daysPastDue} of overdue events in the last 24 months (0 when none)
 * @param hasCreditRecord   whether any loan, card or overdue event is on file at all
 * @param cardUtilisation   average utilisation of the cards that have a positive limit
 * @param netWorth          {@code sum(assets) - sum(liabilities)}; empty when neither is declared
 * @param employmentStatus  upper-case employment status
 * @param externalScore     a credit bureau score, assumed on the common 300..850 scale
 */
record CustomerFacts(Optional<String> currency, Optional<BigDecimal> monthlyIncome, Optional<BigDecimal> debtToIncome,
                     int loanCount, int goodLoans, int defaultedLoans, int worstOverdueDays, boolean hasCreditRecord,
                     OptionalDouble cardUtilisation, Optional<BigDecimal> netWorth, Optional<String> employmentStatus,
                     Optional<Integer> externalScore) {

    /** How far back overdue events count. */
    static final int OVERDUE_LOOKBACK_MONTHS = 24;
    /** Months over which an outstanding loan balance is assumed to be repaid. */
    static final BigDecimal LOAN_SERVICE_MONTHS = BigDecimal.valueOf(36);

    static CustomerFacts of(CustomerSnapshot customer, Clock clock) {
        int loanCount = customer.loans().size();
        int good = 0;
        int defaulted = 0;
        BigDecimal openBalance = BigDecimal.ZERO;
        for (CustomerSnapshot.Loan loan : customer.loans()) {
            String status = loan.status() == null ? "" : loan.status().trim().toUpperCase(Locale.ROOT);
            if (status.equals("CLOSED") || status.equals("CURRENT")) {
                good++;
            }
            if (status.equals("DEFAULTED")) {
                defaulted++;
            }
            if (!status.equals("CLOSED") && loan.balance() != null) {
                openBalance = openBalance.add(loan.balance());
            }
        }
        return new CustomerFacts(customer.currency(), customer.monthlyIncome(),
                debtToIncome(customer, openBalance), loanCount, good, defaulted, worstOverdueDays(customer, clock),
                loanCount > 0 || !customer.cards().isEmpty() || !customer.overdueEvents().isEmpty(),
                cardUtilisation(customer), netWorth(customer),
                customer.employmentStatus().map(status -> status.trim().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()),
                customer.externalCreditScore());
    }

    private static Optional<BigDecimal> debtToIncome(CustomerSnapshot customer, BigDecimal openBalance) {
        Optional<BigDecimal> income = customer.monthlyIncome().filter(value -> value.signum() > 0);
        if (income.isEmpty() || customer.monthlyExpenses().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal monthlyDebtService = openBalance.divide(LOAN_SERVICE_MONTHS, MathContext.DECIMAL64);
        return Optional.of(monthlyDebtService.add(customer.monthlyExpenses().get()).divide(income.get(), MathContext.DECIMAL64));
    }

    /** Events without a date count (they cannot be shown to be old); so do future-dated ones (data errors are not forgiven). */
    private static int worstOverdueDays(CustomerSnapshot customer, Clock clock) {
        LocalDate since = LocalDate.now(clock).minusMonths(OVERDUE_LOOKBACK_MONTHS);
        return customer.overdueEvents().stream()
                .filter(event -> event.date() == null || !event.date().isBefore(since))
                .mapToInt(event -> Math.max(0, event.daysPastDue()))
                .max().orElse(0);
    }

    private static OptionalDouble cardUtilisation(CustomerSnapshot customer) {
        return customer.cards().stream()
                .filter(card -> card.limit() != null && card.limit().signum() > 0)
                .mapToDouble(CustomerSnapshot.Card::utilisation)
                .average();
    }

    private static Optional<BigDecimal> netWorth(CustomerSnapshot customer) {
        if (customer.assets().isEmpty() && customer.liabilities().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sum(customer, true).subtract(sum(customer, false)));
    }

    private static BigDecimal sum(CustomerSnapshot customer, boolean assets) {
        return (assets ? customer.assets() : customer.liabilities()).stream()
                .map(CustomerSnapshot.Holding::amount)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
