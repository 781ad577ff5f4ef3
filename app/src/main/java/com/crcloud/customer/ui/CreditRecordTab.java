package com.crcloud.customer.ui;

import com.crcloud.customer.domain.CreditCard;
import com.crcloud.customer.domain.CreditScore;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRecordRules;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.domain.LoanRepayment;
import com.crcloud.customer.domain.LoanStatus;
import com.crcloud.customer.domain.OverdueEvent;
import com.crcloud.customer.service.CustomerRecord;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/**
 * The credit record: bureau scores, loans with the repayments of the chosen loan, cards with their computed
 * utilisation, and overdue events. Amounts are in the customer's currency.
 */
final class CreditRecordTab extends VerticalLayout {

    private final RecordTabs page;
    private final Paragraph latestScore = new Paragraph();
    private final EntrySection<CreditScore> scores;
    private final EntrySection<Loan> loans;
    private final Paragraph repaymentsOf = new Paragraph();
    private final EntrySection<LoanRepayment> repayments;
    private final EntrySection<CreditCard> cards;
    private final Paragraph cardSummary = new Paragraph();
    private final EntrySection<OverdueEvent> overdueEvents;
    private final RecordHistory history;
    private Loan chosenLoan;

    CreditRecordTab(RecordTabs page) {
        this.page = page;
        setPadding(false);

        scores = new EntrySection<>(page, CreditScore.class, "scores", "customer.record.score", CreditScore::new, score -> scoreForm());
        scores.grid().addColumn(CreditScore::getBureau).setHeader(getTranslation("creditScore.bureau")).setFlexGrow(1);
        scores.grid().addColumn(CreditScore::getScore).setHeader(getTranslation("creditScore.score")).setAutoWidth(true);
        scores.grid().addColumn(score -> RecordFormat.date(score.getScoredOn())).setHeader(getTranslation("creditScore.scoredOn")).setAutoWidth(true);
        latestScore.setId("latest-score");

        loans = new EntrySection<>(page, Loan.class, "loans", "customer.record.loan", this::newLoan, loan -> loanForm());
        loans.grid().addColumn(Loan::getLender).setHeader(getTranslation("loan.lender")).setFlexGrow(1);
        loans.grid().addColumn(loan -> money(loan.getOriginalAmount())).setHeader(getTranslation("loan.originalAmount")).setAutoWidth(true);
        loans.grid().addColumn(loan -> money(loan.getOutstandingBalance())).setHeader(getTranslation("loan.outstandingBalance")).setAutoWidth(true);
        loans.grid().addColumn(loan -> getTranslation("loanStatus." + loan.getStatus().name())).setHeader(getTranslation("loan.status")).setAutoWidth(true);
        loans.grid().addColumn(loan -> RecordFormat.date(loan.getOpenedOn())).setHeader(getTranslation("loan.openedOn")).setAutoWidth(true);
        loans.grid().asSingleSelect().addValueChangeListener(event -> choose(event.getValue()));

        repayments = new EntrySection<>(page, LoanRepayment.class, "repayments", "customer.record.repayment",
                () -> chosenLoan == null ? null : newRepayment(chosenLoan), repayment -> repaymentForm());
        repayments.grid().addColumn(repayment -> RecordFormat.date(repayment.getDueDate())).setHeader(getTranslation("loanRepayment.dueDate")).setAutoWidth(true);
        repayments.grid().addColumn(repayment -> money(repayment.getAmountDue())).setHeader(getTranslation("loanRepayment.amountDue")).setAutoWidth(true);
        repayments.grid().addColumn(repayment -> money(repayment.getAmountPaid())).setHeader(getTranslation("loanRepayment.amountPaid")).setAutoWidth(true);
        repayments.grid().addColumn(repayment -> RecordFormat.date(repayment.getPaidOn())).setHeader(getTranslation("loanRepayment.paidOn")).setAutoWidth(true);
        repayments.grid().addColumn(this::lateness).setHeader(getTranslation("customer.record.daysLate")).setFlexGrow(1);
        repaymentsOf.setId("repayments-of");
        repayments.addToToolbar(repaymentsOf);
        repayments.setAddEnabled(false);

        cards = new EntrySection<>(page, CreditCard.class, "cards", "customer.record.card", CreditCard::new, card -> cardForm());
        cards.grid().addColumn(CreditCard::getIssuer).setHeader(getTranslation("creditCard.issuer")).setFlexGrow(1);
        cards.grid().addColumn(card -> money(card.getCreditLimit())).setHeader(getTranslation("creditCard.creditLimit")).setAutoWidth(true);
        cards.grid().addColumn(card -> money(card.getCurrentBalance())).setHeader(getTranslation("creditCard.currentBalance")).setAutoWidth(true);
        cards.grid().addColumn(card -> card.utilisation().map(share -> RecordFormat.percent(share, getLocale())).orElse(""))
                .setHeader(getTranslation("customer.record.utilisation")).setAutoWidth(true);
        cardSummary.setId("card-utilisation");

        overdueEvents = new EntrySection<>(page, OverdueEvent.class, "overdue", "customer.record.overdue", OverdueEvent::new,
                event -> overdueForm());
        overdueEvents.grid().addColumn(event -> RecordFormat.date(event.getOccurredOn())).setHeader(getTranslation("overdueEvent.occurredOn")).setAutoWidth(true);
        overdueEvents.grid().addColumn(OverdueEvent::getDaysPastDue).setHeader(getTranslation("overdueEvent.daysPastDue")).setAutoWidth(true);
        overdueEvents.grid().addColumn(event -> money(event.getAmount())).setHeader(getTranslation("overdueEvent.amount")).setAutoWidth(true);
        overdueEvents.grid().addColumn(OverdueEvent::getCreditor).setHeader(getTranslation("overdueEvent.creditor")).setFlexGrow(1);

        history = new RecordHistory(page, "credit-history", List.of(
                new RecordHistory.Source<>(CreditScore.class, "customer.record.score", score -> score.getBureau() + " " + score.getScore()),
                new RecordHistory.Source<>(Loan.class, "customer.record.loan", loan -> loan.getLender() + " " + money(loan.getOriginalAmount())),
                new RecordHistory.Source<>(LoanRepayment.class, "customer.record.repayment", repayment -> RecordFormat.date(repayment.getDueDate())),
                new RecordHistory.Source<>(CreditCard.class, "customer.record.card", CreditCard::getIssuer),
                new RecordHistory.Source<>(OverdueEvent.class, "customer.record.overdue",
                        event -> RecordFormat.date(event.getOccurredOn()) + " · " + event.getDaysPastDue())));

        add(scores, latestScore, loans, repayments, cards, cardSummary, overdueEvents, history);
    }

    void show(Customer customer, CustomerRecord record) {
        scores.setItems(record.creditScores());
        latestScore.setText(record.latestCreditScore()
                .map(score -> getTranslation("customer.record.latestScore", score.getScore(), score.getBureau(), RecordFormat.date(score.getScoredOn())))
                .orElse(getTranslation("customer.record.noScore")));
        // Keeps the chosen loan chosen (its repayments follow through the selection listener) while it exists.
        loans.setItems(record.loans());
        if (chosenLoan == null) {
            showRepayments();
        }
        cards.setItems(record.cards());
        cardSummary.setText(cardSummary(record.cards()));
        overdueEvents.setItems(record.overdueEvents());
        history.refresh();
    }

    private void choose(Loan loan) {
        chosenLoan = loan;
        repayments.setAddEnabled(loan != null);
        showRepayments();
    }

    private void showRepayments() {
        if (chosenLoan == null) {
            repaymentsOf.setText(getTranslation("customer.record.chooseLoan"));
            repayments.setItems(List.of());
            return;
        }
        repaymentsOf.setText(getTranslation("customer.record.repaymentsOf", chosenLoan.getLender()));
        repayments.setItems(page.records().repaymentsOf(page.customerId(), chosenLoan.getId()));
    }

    private String lateness(LoanRepayment repayment) {
        OptionalLong days = repayment.daysLate(page.today());
        if (days.isEmpty()) {
            return "";
        }
        return getTranslation(repayment.getPaidOn() == null ? "customer.record.unpaidDays" : "customer.record.paidLateDays",
                days.getAsLong());
    }

    private String cardSummary(List<CreditCard> all) {
        List<BigDecimal> shares = all.stream().flatMap(card -> card.utilisation().stream()).toList();
        if (shares.isEmpty()) {
            return "";
        }
        BigDecimal average = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(shares.size()), 4, RoundingMode.HALF_UP);
        return getTranslation("customer.record.averageUtilisation", RecordFormat.percent(average, getLocale()));
    }

    private String money(BigDecimal amount) {
        return RecordFormat.amount(amount, page.customer().getCurrency(), getLocale());
    }

    private BigDecimalField moneyField() {
        BigDecimalField field = new BigDecimalField();
        String currency = page.customer().getCurrency();
        if (currency != null) {
            field.setSuffixComponent(new Span(currency));
        }
        return field;
    }

    private DatePicker pastDatePicker() {
        DatePicker picker = new DatePicker();
        picker.setMax(page.today());
        return picker;
    }

    private Loan newLoan() {
        Loan loan = new Loan();
        loan.setStatus(LoanStatus.CURRENT);
        return loan;
    }

    private static LoanRepayment newRepayment(Loan loan) {
        return new LoanRepayment(loan.getId());
    }

    private EntryForm<CreditScore> scoreForm() {
        EntryForm<CreditScore> form = new EntryForm<>(this, CreditScore.class, "score", "creditScore");
        TextField bureau = new TextField();
        bureau.setMaxLength(CustomerRecordRules.BUREAU_LENGTH);
        IntegerField score = new IntegerField();
        score.setHelperText(getTranslation("customer.record.scoreHelp", CustomerRecordRules.MIN_SCORE, CustomerRecordRules.MAX_SCORE));
        DatePicker scoredOn = pastDatePicker();
        form.field(CustomerRecordRules.BUREAU, bureau)
                .withValidator(Problems.rule(this, (String value) -> CustomerRecordRules.name(CustomerRecordRules.BUREAU, value,
                        CustomerRecordRules.BUREAU_LENGTH)))
                .bind(CreditScore::getBureau, CreditScore::setBureau);
        form.field(CustomerRecordRules.SCORE, score)
                .withValidator(Problems.rule(this, CustomerRecordRules::score))
                .bind(CreditScore::getScore, CreditScore::setScore);
        form.field(CustomerRecordRules.SCORED_ON, scoredOn)
                .withValidator(Problems.rule(this, (LocalDate value) -> CustomerRecordRules.required(CustomerRecordRules.SCORED_ON, value)
                        .or(() -> CustomerRecordRules.pastDate(CustomerRecordRules.SCORED_ON, value, page.today()))))
                .bind(CreditScore::getScoredOn, CreditScore::setScoredOn);
        return form;
    }

    private EntryForm<Loan> loanForm() {
        EntryForm<Loan> form = new EntryForm<>(this, Loan.class, "loan", "loan");
        TextField lender = new TextField();
        lender.setMaxLength(CustomerRecordRules.NAME_LENGTH);
        BigDecimalField original = moneyField();
        BigDecimalField balance = moneyField();
        Select<LoanStatus> status = new Select<>();
        status.setItems(LoanStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "" : getTranslation("loanStatus." + value.name()));
        DatePicker openedOn = pastDatePicker();
        form.field(CustomerRecordRules.LENDER, lender)
                .withValidator(Problems.rule(this, (String value) -> CustomerRecordRules.name(CustomerRecordRules.LENDER, value,
                        CustomerRecordRules.NAME_LENGTH)))
                .bind(Loan::getLender, Loan::setLender);
        form.field(CustomerRecordRules.ORIGINAL_AMOUNT, original)
                .withValidator(Problems.rule(this, (BigDecimal value) -> CustomerRecordRules.positiveAmount(CustomerRecordRules.ORIGINAL_AMOUNT, value)))
                .bind(Loan::getOriginalAmount, Loan::setOriginalAmount);
        var balanceBinding = form.field(CustomerRecordRules.OUTSTANDING_BALANCE, balance)
                .withValidator(Problems.rule(this, (BigDecimal value) -> CustomerRecordRules.outstandingBalance(value, original.getValue(),
                        status.getValue())))
                .bind(Loan::getOutstandingBalance, Loan::setOutstandingBalance);
        form.field(CustomerRecordRules.STATUS, status)
                .withValidator(Problems.rule(this, (LoanStatus value) -> CustomerRecordRules.required(CustomerRecordRules.STATUS, value)))
                .bind(Loan::getStatus, Loan::setStatus);
        form.field(CustomerRecordRules.OPENED_ON, openedOn)
                .withValidator(Problems.rule(this, (LocalDate value) -> CustomerRecordRules.pastDate(CustomerRecordRules.OPENED_ON, value, page.today())))
                .bind(Loan::getOpenedOn, Loan::setOpenedOn);
        // Whether the balance may exceed the amount lent depends on both: check it again when either changes.
        original.addValueChangeListener(event -> revalidate(event.isFromClient(), balance.isEmpty(), balanceBinding));
        status.addValueChangeListener(event -> revalidate(event.isFromClient(), balance.isEmpty(), balanceBinding));
        return form;
    }

    private EntryForm<LoanRepayment> repaymentForm() {
        EntryForm<LoanRepayment> form = new EntryForm<>(this, LoanRepayment.class, "repayment", "loanRepayment");
        Loan loan = chosenLoan;
        DatePicker dueDate = new DatePicker();
        BigDecimalField amountDue = moneyField();
        BigDecimalField amountPaid = moneyField();
        DatePicker paidOn = pastDatePicker();
        form.field(CustomerRecordRules.DUE_DATE, dueDate)
                .withValidator(Problems.rule(this, (LocalDate value) -> CustomerRecordRules.dueDate(value, loan)))
                .bind(LoanRepayment::getDueDate, LoanRepayment::setDueDate);
        form.field(CustomerRecordRules.AMOUNT_DUE, amountDue)
                .withValidator(Problems.rule(this, (BigDecimal value) -> CustomerRecordRules.positiveAmount(CustomerRecordRules.AMOUNT_DUE, value)))
                .bind(LoanRepayment::getAmountDue, LoanRepayment::setAmountDue);
        var paidBinding = form.field(CustomerRecordRules.AMOUNT_PAID, amountPaid)
                .withValidator(Problems.rule(this, (BigDecimal value) -> CustomerRecordRules.amountPaid(value, paidOn.getValue())))
                .bind(LoanRepayment::getAmountPaid, LoanRepayment::setAmountPaid);
        var paidOnBinding = form.field(CustomerRecordRules.PAID_ON, paidOn)
                .withValidator(Problems.rule(this, (LocalDate value) -> CustomerRecordRules.paidOn(value, amountPaid.getValue(), page.today())))
                .bind(LoanRepayment::getPaidOn, LoanRepayment::setPaidOn);
        amountPaid.addValueChangeListener(event -> revalidate(event.isFromClient(), paidOn.isEmpty(), paidOnBinding));
        paidOn.addValueChangeListener(event -> revalidate(event.isFromClient(), amountPaid.isEmpty(), paidBinding));
        return form;
    }

    private EntryForm<CreditCard> cardForm() {
        EntryForm<CreditCard> form = new EntryForm<>(this, CreditCard.class, "card", "creditCard");
        TextField issuer = new TextField();
        issuer.setMaxLength(CustomerRecordRules.NAME_LENGTH);
        BigDecimalField limit = moneyField();
        BigDecimalField balance = moneyField();
        form.field(CustomerRecordRules.ISSUER, issuer)
                .withValidator(Problems.rule(this, (String value) -> CustomerRecordRules.name(CustomerRecordRules.ISSUER, value,
                        CustomerRecordRules.NAME_LENGTH)))
                .bind(CreditCard::getIssuer, CreditCard::setIssuer);
        form.field(CustomerRecordRules.CREDIT_LIMIT, limit)
                .withValidator(Problems.rule(this, (BigDecimal value) -> CustomerRecordRules.positiveAmount(CustomerRecordRules.CREDIT_LIMIT, value)))
                .bind(CreditCard::getCreditLimit, CreditCard::setCreditLimit);
        form.field(CustomerRecordRules.CURRENT_BALANCE, balance)
                .withValidator(Problems.rule(this, (BigDecimal value) -> CustomerRecordRules.amount(CustomerRecordRules.CURRENT_BALANCE, value)))
                .bind(CreditCard::getCurrentBalance, CreditCard::setCurrentBalance);
        // Utilisation follows from limit and balance; it is shown, never typed.
        TextField utilisation = new TextField(getTranslation("customer.record.utilisation"));
        utilisation.setId("card-utilisation-computed");
        utilisation.setReadOnly(true);
        Runnable compute = () -> {
            CreditCard preview = new CreditCard();
            preview.setCreditLimit(limit.getValue());
            preview.setCurrentBalance(balance.getValue());
            utilisation.setValue(preview.utilisation().map(share -> RecordFormat.percent(share, getLocale())).orElse(""));
        };
        limit.addValueChangeListener(event -> compute.run());
        balance.addValueChangeListener(event -> compute.run());
        form.layout().add(utilisation);
        return form;
    }

    private EntryForm<OverdueEvent> overdueForm() {
        EntryForm<OverdueEvent> form = new EntryForm<>(this, OverdueEvent.class, "overdue", "overdueEvent");
        DatePicker occurredOn = pastDatePicker();
        IntegerField days = new IntegerField();
        BigDecimalField amount = moneyField();
        TextField creditor = new TextField();
        creditor.setMaxLength(CustomerRecordRules.NAME_LENGTH);
        form.field(CustomerRecordRules.OCCURRED_ON, occurredOn)
                .withValidator(Problems.rule(this, (LocalDate value) -> CustomerRecordRules.required(CustomerRecordRules.OCCURRED_ON, value)
                        .or(() -> CustomerRecordRules.pastDate(CustomerRecordRules.OCCURRED_ON, value, page.today()))))
                .bind(OverdueEvent::getOccurredOn, OverdueEvent::setOccurredOn);
        form.field(CustomerRecordRules.DAYS_PAST_DUE, days)
                .withValidator(Problems.rule(this, CustomerRecordRules::daysPastDue))
                .bind(OverdueEvent::getDaysPastDue, OverdueEvent::setDaysPastDue);
        form.field(CustomerRecordRules.AMOUNT, amount)
                .withValidator(Problems.rule(this, (BigDecimal value) -> CustomerRecordRules.positiveAmount(CustomerRecordRules.AMOUNT, value)))
                .bind(OverdueEvent::getAmount, OverdueEvent::setAmount);
        form.field(CustomerRecordRules.CREDITOR, creditor)
                .withValidator(Problems.rule(this, (String value) -> CustomerRecordRules.text(CustomerRecordRules.CREDITOR, value,
                        CustomerRecordRules.NAME_LENGTH)))
                .bind(OverdueEvent::getCreditor, OverdueEvent::setCreditor);
        return form;
    }

    /** Re-checks a field whose rule depends on another one the user just changed, once it has a value of its own. */
    private static void revalidate(boolean fromClient, boolean dependentEmpty, com.vaadin.flow.data.binder.Binder.Binding<?, ?> binding) {
        if (fromClient && !dependentEmpty) {
            binding.validate();
        }
    }
}
