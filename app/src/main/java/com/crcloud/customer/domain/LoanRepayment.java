package com.crcloud.customer.domain;

import com.crcloud.tenant.support.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One instalment of a loan: when it fell due, how much, and what was paid when. A partial payment is recorded
 * as paid on its date with the smaller amount. Lateness is derived, never typed.
 */
@Entity
@Table(name = "customer_loan_repayment")
@Audited
public class LoanRepayment extends CustomerRecordEntry {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "loan_id", nullable = false, length = 36, updatable = false)
    private UUID loanId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "amount_due", nullable = false, precision = 15, scale = 2)
    private BigDecimal amountDue;

    @Column(name = "amount_paid", precision = 15, scale = 2)
    private BigDecimal amountPaid;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    protected LoanRepayment() {
    }

    public LoanRepayment(UUID loanId) {
        this.loanId = loanId;
    }

    public UUID getLoanId() {
        return loanId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public void setAmountDue(BigDecimal amountDue) {
        this.amountDue = amountDue;
    }

    public BigDecimal getAmountPaid() {
        return amountPaid;
    }

    public void setAmountPaid(BigDecimal amountPaid) {
        this.amountPaid = amountPaid;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    /**
     * Days between the due date and the payment, or today when nothing was paid by a past due date; empty when
     * not late (paid on time, or not due yet).
     */
    public OptionalLong daysLate(LocalDate today) {
        if (dueDate == null) {
            return OptionalLong.empty();
        }
        LocalDate settled = paidOn != null ? paidOn : today;
        long days = ChronoUnit.DAYS.between(dueDate, settled);
        return days > 0 ? OptionalLong.of(days) : OptionalLong.empty();
    }

    /** Paid less than was due (nothing counts as less). */
    public boolean shortPaid() {
        return amountDue != null && (amountPaid == null || amountPaid.compareTo(amountDue) < 0);
    }

    @Override
    public List<FieldProblem> validate(RecordContext context) {
        List<FieldProblem> problems = new ArrayList<>();
        CustomerRecordRules.customerCurrency(context.currency()).ifPresent(problems::add);
        CustomerRecordRules.dueDate(dueDate, context.loan()).ifPresent(problems::add);
        CustomerRecordRules.positiveAmount(CustomerRecordRules.AMOUNT_DUE, amountDue).ifPresent(problems::add);
        CustomerRecordRules.amountPaid(amountPaid, paidOn).ifPresent(problems::add);
        CustomerRecordRules.paidOn(paidOn, amountPaid, context.today()).ifPresent(problems::add);
        return problems;
    }
}
