package com.crcloud.customer.domain;

import com.crcloud.tenant.support.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An asset the customer owns or a liability they owe, by kind, as the customer declares it. Each holding has its
 * own currency (a wealth client's flat in Hong Kong is valued in HKD). Liabilities here are the customer's own
 * balance sheet; the loans and cards of the credit record are what lenders report.
 */
@Entity
@Table(name = "customer_holding")
@Audited
public class Holding extends CustomerRecordEntry {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HoldingKind kind;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    /** ISO 4217. */
    @Column(nullable = false, length = 3)
    private String currency;

    @Column(length = 200)
    private String description;

    public HoldingKind getKind() {
        return kind;
    }

    public void setKind(HoldingKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public void normalise() {
        currency = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        description = trimToNull(description);
    }

    @Override
    public List<FieldProblem> validate(RecordContext context) {
        List<FieldProblem> problems = new ArrayList<>();
        CustomerRecordRules.required(CustomerRecordRules.KIND, kind).ifPresent(problems::add);
        CustomerRecordRules.amount(CustomerRecordRules.AMOUNT, amount).ifPresent(problems::add);
        CustomerRecordRules.currency(currency).ifPresent(problems::add);
        CustomerRecordRules.text(CustomerRecordRules.DESCRIPTION, description, CustomerRecordRules.NAME_LENGTH).ifPresent(problems::add);
        return problems;
    }
}
