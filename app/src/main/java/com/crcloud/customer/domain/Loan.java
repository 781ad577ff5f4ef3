package com.crcloud.customer.domain;

import com.crcloud.tenant.support.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A loan in the customer's credit record, in the customer's currency (like every amount of the credit record,
 * as the plugin SDK's snapshot expects).
 */
@Entity
@Table(name = "customer_loan")
@Audited
public class Loan extends CustomerRecordEntry {

    @Column(nullable = false, length = 200)
    private String lender;

    @Column(name = "original_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal originalAmount;

    @Column(name = "outstanding_balance", nullable = false, precision = 15, scale = 2)
    private BigDecimal outstandingBalance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LoanStatus status;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    public String getLender() {
        return lender;
    }

    public void setLender(String lender) {
        this.lender = lender;
    }

    public BigDecimal getOriginalAmount() {
        return originalAmount;
    }

    public void setOriginalAmount(BigDecimal originalAmount) {
        this.originalAmount = originalAmount;
    }

    public BigDecimal getOutstandingBalance() {
        return outstandingBalance;
    }

    public void setOutstandingBalance(BigDecimal outstandingBalance) {
        this.outstandingBalance = outstandingBalance;
    }

    public LoanStatus getStatus() {
        return status;
    }

    public void setStatus(LoanStatus status) {
        this.status = status;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    @Override
    public void normalise() {
        lender = trimToNull(lender);
    }

    @Override
    public List<FieldProblem> validate(RecordContext context) {
        List<FieldProblem> problems = new ArrayList<>();
        CustomerRecordRules.customerCurrency(context.currency()).ifPresent(problems::add);
        CustomerRecordRules.name(CustomerRecordRules.LENDER, lender, CustomerRecordRules.NAME_LENGTH).ifPresent(problems::add);
        CustomerRecordRules.positiveAmount(CustomerRecordRules.ORIGINAL_AMOUNT, originalAmount).ifPresent(problems::add);
        CustomerRecordRules.outstandingBalance(outstandingBalance, originalAmount, status).ifPresent(problems::add);
        CustomerRecordRules.required(CustomerRecordRules.STATUS, status).ifPresent(problems::add);
        CustomerRecordRules.pastDate(CustomerRecordRules.OPENED_ON, openedOn, context.today()).ifPresent(problems::add);
        return problems;
    }
}
