package com.crcloud.customer.domain;

import com.crcloud.tenant.support.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The field rules of the finances, credit record and document entries, in one place like {@link CustomerRules}:
 * the dialogs apply them to each field as the user types, and the service applies them all again (through each
 * entry's {@code validate}) before anything is stored. Field names are the entries' property names, so a problem
 * lands on the field that shows that property.
 */
public final class CustomerRecordRules {

    public static final String INCOME_SOURCE = "incomeSource";
    public static final String EMPLOYMENT_STATUS = "employmentStatus";
    public static final String EMPLOYER_NAME = "employerName";
    public static final String EMPLOYED_SINCE = "employedSince";
    public static final String KIND = "kind";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = CustomerRules.CURRENCY;
    public static final String DESCRIPTION = "description";
    public static final String LENDER = "lender";
    public static final String ORIGINAL_AMOUNT = "originalAmount";
    public static final String OUTSTANDING_BALANCE = "outstandingBalance";
    public static final String STATUS = "status";
    public static final String OPENED_ON = "openedOn";
    public static final String DUE_DATE = "dueDate";
    public static final String AMOUNT_DUE = "amountDue";
    public static final String AMOUNT_PAID = "amountPaid";
    public static final String PAID_ON = "paidOn";
    public static final String ISSUER = "issuer";
    public static final String CREDIT_LIMIT = "creditLimit";
    public static final String CURRENT_BALANCE = "currentBalance";
    public static final String OCCURRED_ON = "occurredOn";
    public static final String DAYS_PAST_DUE = "daysPastDue";
    public static final String CREDITOR = "creditor";
    public static final String BUREAU = "bureau";
    public static final String SCORE = "score";
    public static final String SCORED_ON = "scoredOn";
    public static final String DOCUMENT_TYPE = "documentType";
    public static final String FILE = "file";
    public static final String VERIFICATION_NOTE = "verificationNote";

    public static final int NAME_LENGTH = 200;
    public static final int BUREAU_LENGTH = 100;
    public static final int NOTE_LENGTH = 2000;
    /** Ten years: beyond that a debt is written off, not overdue. */
    public static final int MAX_DAYS_PAST_DUE = 3650;
    /** Wide enough for the common bureau scales (FICO 300–850, Sesame 350–950, Experian UK 0–999, Equifax UK 0–1000). */
    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 1000;
    public static final int MAX_DOCUMENT_MEGABYTES = 10;
    public static final int MAX_DOCUMENT_BYTES = MAX_DOCUMENT_MEGABYTES * 1024 * 1024;

    private CustomerRecordRules() {
    }

    // ---- shared --------------------------------------------------------------------------------------------

    public static Optional<FieldProblem> required(String field, Object value) {
        boolean missing = value == null || value instanceof String text && text.isBlank();
        return missing ? problem(field, "validation.required") : Optional.empty();
    }

    /** A required name of at most {@code maxLength} characters. */
    public static Optional<FieldProblem> name(String field, String value, int maxLength) {
        return required(field, value).or(() -> text(field, value, maxLength));
    }

    /** Optional text of at most {@code maxLength} characters. */
    public static Optional<FieldProblem> text(String field, String value, int maxLength) {
        return value != null && value.strip().length() > maxLength ? problem(field, "validation.tooLong", maxLength) : Optional.empty();
    }

    /** A required amount: not negative, at most two decimals. */
    public static Optional<FieldProblem> amount(String field, BigDecimal value) {
        return required(field, value).or(() -> CustomerRules.amount(field, value));
    }

    /** A required amount above zero. */
    public static Optional<FieldProblem> positiveAmount(String field, BigDecimal value) {
        return amount(field, value).or(() -> value.signum() == 0 ? problem(field, "customer.record.error.positive") : Optional.empty());
    }

    /** A date of something that has already happened: it cannot lie after today. */
    public static Optional<FieldProblem> pastDate(String field, LocalDate value, LocalDate today) {
        return value != null && value.isAfter(today) ? problem(field, "customer.record.error.future." + field) : Optional.empty();
    }

    public static Optional<FieldProblem> currency(String value) {
        return CustomerRules.currency(value, true);
    }

    // ---- finances ------------------------------------------------------------------------------------------

    /** Salary needs an employer, self-employment income a business of one's own. */
    public static Optional<FieldProblem> incomeSource(IncomeSource source, EmploymentStatus status) {
        if (source == IncomeSource.SALARY && status != null && status != EmploymentStatus.EMPLOYED) {
            return problem(INCOME_SOURCE, "customer.profile.error.salaryNeedsEmployment");
        }
        if (source == IncomeSource.SELF_EMPLOYED && status != null && status != EmploymentStatus.SELF_EMPLOYED) {
            return problem(INCOME_SOURCE, "customer.profile.error.selfEmployedIncomeNeedsStatus");
        }
        return Optional.empty();
    }

    public static Optional<FieldProblem> employerName(String value, EmploymentStatus status) {
        if (status == EmploymentStatus.EMPLOYED && (value == null || value.isBlank())) {
            return problem(EMPLOYER_NAME, "customer.profile.error.employerRequired");
        }
        return text(EMPLOYER_NAME, value, NAME_LENGTH);
    }

    public static Optional<FieldProblem> employedSince(LocalDate value, LocalDate dateOfBirth, LocalDate today) {
        if (value != null && dateOfBirth != null && value.isBefore(dateOfBirth)) {
            return problem(EMPLOYED_SINCE, "customer.profile.error.beforeBirth", dateOfBirth);
        }
        return pastDate(EMPLOYED_SINCE, value, today);
    }

    // ---- credit record -------------------------------------------------------------------------------------

    /** Amounts of the credit record are in the customer's currency, so the customer must have one first. */
    public static Optional<FieldProblem> customerCurrency(String currency) {
        return currency == null || currency.isBlank() ? problem(CURRENCY, "customer.record.error.currencyNeeded") : Optional.empty();
    }

    /**
     * A loan owes at most what was lent while it is being repaid as agreed; only arrears and penalty interest of
     * an overdue or defaulted loan can push the balance above it, and a closed loan owes nothing.
     */
    public static Optional<FieldProblem> outstandingBalance(BigDecimal balance, BigDecimal original, LoanStatus status) {
        Optional<FieldProblem> format = amount(OUTSTANDING_BALANCE, balance);
        if (format.isPresent()) {
            return format;
        }
        if (status == LoanStatus.CLOSED && balance.signum() != 0) {
            return problem(OUTSTANDING_BALANCE, "customer.loan.error.closedWithBalance");
        }
        // Against a missing or invalid amount lent there is nothing to compare: that field shows its own problem.
        boolean originalValid = original != null && original.signum() > 0;
        if (originalValid && balance.compareTo(original) > 0 && (status == null || !status.accruesArrears())) {
            return problem(OUTSTANDING_BALANCE, "customer.loan.error.balanceAboveOriginal", original.toPlainString());
        }
        return Optional.empty();
    }

    public static Optional<FieldProblem> dueDate(LocalDate value, Loan loan) {
        Optional<FieldProblem> missing = required(DUE_DATE, value);
        if (missing.isPresent()) {
            return missing;
        }
        if (loan != null && loan.getOpenedOn() != null && value.isBefore(loan.getOpenedOn())) {
            return problem(DUE_DATE, "customer.repayment.error.dueBeforeOpened", loan.getOpenedOn());
        }
        return Optional.empty();
    }

    /** An amount paid needs the day it was paid, and the other way round. */
    public static Optional<FieldProblem> amountPaid(BigDecimal amountPaid, LocalDate paidOn) {
        Optional<FieldProblem> format = CustomerRules.amount(AMOUNT_PAID, amountPaid);
        if (format.isPresent()) {
            return format;
        }
        if (paidOn != null && (amountPaid == null || amountPaid.signum() == 0)) {
            return problem(AMOUNT_PAID, "customer.repayment.error.amountPaidRequired");
        }
        return Optional.empty();
    }

    public static Optional<FieldProblem> paidOn(LocalDate paidOn, BigDecimal amountPaid, LocalDate today) {
        if (paidOn == null && amountPaid != null && amountPaid.signum() > 0) {
            return problem(PAID_ON, "customer.repayment.error.paidOnRequired");
        }
        return pastDate(PAID_ON, paidOn, today);
    }

    public static Optional<FieldProblem> daysPastDue(Integer value) {
        return required(DAYS_PAST_DUE, value).or(() -> value < 1 || value > MAX_DAYS_PAST_DUE
                ? problem(DAYS_PAST_DUE, "customer.overdue.error.daysRange", 1, MAX_DAYS_PAST_DUE) : Optional.empty());
    }

    public static Optional<FieldProblem> score(Integer value) {
        return required(SCORE, value).or(() -> value < MIN_SCORE || value > MAX_SCORE
                ? problem(SCORE, "customer.creditScore.error.range", MIN_SCORE, MAX_SCORE) : Optional.empty());
    }

    // ---- documents -----------------------------------------------------------------------------------------

    /**
     * An uploaded file must be a PDF, JPEG or PNG by its content, not empty and at most
     * {@value #MAX_DOCUMENT_MEGABYTES} MB. {@code size} is the real size, which may exceed what was read.
     */
    public static Optional<FieldProblem> file(String fileName, byte[] content, long size) {
        String shown = fileName == null || fileName.isBlank() ? "?" : fileName;
        if (content == null || size <= 0) {
            return problem(FILE, "customer.document.error.empty", shown);
        }
        if (size > MAX_DOCUMENT_BYTES) {
            return problem(FILE, "customer.document.error.tooLarge", shown, MAX_DOCUMENT_MEGABYTES);
        }
        if (DocumentFormat.sniff(content).isEmpty()) {
            return DocumentFormat.looksExecutable(content)
                    ? problem(FILE, "customer.document.error.executable", shown)
                    : problem(FILE, "customer.document.error.format", shown);
        }
        return Optional.empty();
    }

    /** Verifying may carry a note; rejecting must say why. */
    public static Optional<FieldProblem> verificationNote(VerificationStatus decision, String note) {
        if (decision == VerificationStatus.REJECTED && (note == null || note.isBlank())) {
            return problem(VERIFICATION_NOTE, "customer.document.error.rejectionNoteRequired");
        }
        return text(VERIFICATION_NOTE, note, NOTE_LENGTH);
    }

    static Optional<FieldProblem> problem(String field, String key, Object... arguments) {
        return Optional.of(FieldProblem.of(field, key, arguments));
    }
}
