package com.crcloud.customer.domain;

import com.crcloud.tenant.support.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A past payment that was late, as a bureau or lender reports it: when, how late, how much (customer's currency). */
@Entity
@Table(name = "customer_overdue_event")
@Audited
public class OverdueEvent extends CustomerRecordEntry {

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "days_past_due", nullable = false)
    private Integer daysPastDue;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    /** Who reported or was owed the late payment, if known. */
    @Column(length = 200)
    private String creditor;

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public Integer getDaysPastDue() {
        return daysPastDue;
    }

    public void setDaysPastDue(Integer daysPastDue) {
        this.daysPastDue = daysPastDue;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCreditor() {
        return creditor;
    }

    public void setCreditor(String creditor) {
        this.creditor = creditor;
    }

    @Override
    public void normalise() {
        creditor = trimToNull(creditor);
    }

    @Override
    public List<FieldProblem> validate(RecordContext context) {
        List<FieldProblem> problems = new ArrayList<>();
        CustomerRecordRules.customerCurrency(context.currency()).ifPresent(problems::add);
        CustomerRecordRules.required(CustomerRecordRules.OCCURRED_ON, occurredOn)
                .or(() -> CustomerRecordRules.pastDate(CustomerRecordRules.OCCURRED_ON, occurredOn, context.today()))
                .ifPresent(problems::add);
        CustomerRecordRules.daysPastDue(daysPastDue).ifPresent(problems::add);
        CustomerRecordRules.positiveAmount(CustomerRecordRules.AMOUNT, amount).ifPresent(problems::add);
        CustomerRecordRules.text(CustomerRecordRules.CREDITOR, creditor, CustomerRecordRules.NAME_LENGTH).ifPresent(problems::add);
        return problems;
    }
}
