package com.crcloud.customer.domain;

import com.crcloud.tenant.support.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The source of the customer's monthly income (the amount itself is on the customer) and their employment. At
 * most one per customer.
 */
@Entity
@Table(name = "customer_financial_profile")
@Audited
public class FinancialProfile extends CustomerRecordEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "income_source", length = 20)
    private IncomeSource incomeSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status", length = 20)
    private EmploymentStatus employmentStatus;

    @Column(name = "employer_name", length = 200)
    private String employerName;

    @Column(name = "employed_since")
    private LocalDate employedSince;

    public IncomeSource getIncomeSource() {
        return incomeSource;
    }

    public void setIncomeSource(IncomeSource incomeSource) {
        this.incomeSource = incomeSource;
    }

    public EmploymentStatus getEmploymentStatus() {
        return employmentStatus;
    }

    public void setEmploymentStatus(EmploymentStatus employmentStatus) {
        this.employmentStatus = employmentStatus;
    }

    public String getEmployerName() {
        return employerName;
    }

    public void setEmployerName(String employerName) {
        this.employerName = employerName;
    }

    public LocalDate getEmployedSince() {
        return employedSince;
    }

    public void setEmployedSince(LocalDate employedSince) {
        this.employedSince = employedSince;
    }

    @Override
    public void normalise() {
        employerName = trimToNull(employerName);
    }

    @Override
    public List<FieldProblem> validate(RecordContext context) {
        List<FieldProblem> problems = new ArrayList<>();
        CustomerRecordRules.incomeSource(incomeSource, employmentStatus).ifPresent(problems::add);
        CustomerRecordRules.employerName(employerName, employmentStatus).ifPresent(problems::add);
        CustomerRecordRules.employedSince(employedSince, context.dateOfBirth(), context.today()).ifPresent(problems::add);
        return problems;
    }
}
