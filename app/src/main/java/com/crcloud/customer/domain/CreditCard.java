package com.crcloud.customer.domain;

import com.crcloud.tenant.support.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A credit card in the credit record, in the customer's currency. Utilisation is computed from limit and
 * balance, never entered; a balance above the limit (an over-limit card) is possible and shows above 100 %.
 */
@Entity
@Table(name = "customer_card")
@Audited
public class CreditCard extends CustomerRecordEntry {

    @Column(nullable = false, length = 200)
    private String issuer;

    @Column(name = "credit_limit", nullable = false, precision = 15, scale = 2)
    private BigDecimal creditLimit;

    @Column(name = "current_balance", nullable = false, precision = 15, scale = 2)
    private BigDecimal currentBalance;

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public void setCreditLimit(BigDecimal creditLimit) {
        this.creditLimit = creditLimit;
    }

    public BigDecimal getCurrentBalance() {
        return currentBalance;
    }

    public void setCurrentBalance(BigDecimal currentBalance) {
        this.currentBalance = currentBalance;
    }

    /** Balance over limit as a fraction (0.8 = 80 %), to four decimals; empty without a positive limit. */
    public Optional<BigDecimal> utilisation() {
        if (creditLimit == null || creditLimit.signum() <= 0 || currentBalance == null) {
            return Optional.empty();
        }
        return Optional.of(currentBalance.divide(creditLimit, 4, RoundingMode.HALF_UP));
    }

    @Override
    public void normalise() {
        issuer = trimToNull(issuer);
    }

    @Override
    public List<FieldProblem> validate(RecordContext context) {
        List<FieldProblem> problems = new ArrayList<>();
        CustomerRecordRules.customerCurrency(context.currency()).ifPresent(problems::add);
        CustomerRecordRules.name(CustomerRecordRules.ISSUER, issuer, CustomerRecordRules.NAME_LENGTH).ifPresent(problems::add);
        CustomerRecordRules.positiveAmount(CustomerRecordRules.CREDIT_LIMIT, creditLimit).ifPresent(problems::add);
        CustomerRecordRules.amount(CustomerRecordRules.CURRENT_BALANCE, currentBalance).ifPresent(problems::add);
        return problems;
    }
}
