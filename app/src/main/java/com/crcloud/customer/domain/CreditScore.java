package com.crcloud.customer.domain;

import com.crcloud.tenant.support.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A score a credit bureau gave the customer on a date; the most recent one is what plugins see. */
@Entity
@Table(name = "customer_credit_score")
@Audited
public class CreditScore extends CustomerRecordEntry {

    @Column(nullable = false, length = 100)
    private String bureau;

    @Column(nullable = false)
    private Integer score;

    @Column(name = "scored_on", nullable = false)
    private LocalDate scoredOn;

    public String getBureau() {
        return bureau;
    }

    public void setBureau(String bureau) {
        this.bureau = bureau;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public LocalDate getScoredOn() {
        return scoredOn;
    }

    public void setScoredOn(LocalDate scoredOn) {
        this.scoredOn = scoredOn;
    }

    @Override
    public void normalise() {
        bureau = trimToNull(bureau);
    }

    @Override
    public List<FieldProblem> validate(RecordContext context) {
        List<FieldProblem> problems = new ArrayList<>();
        CustomerRecordRules.name(CustomerRecordRules.BUREAU, bureau, CustomerRecordRules.BUREAU_LENGTH).ifPresent(problems::add);
        CustomerRecordRules.score(score).ifPresent(problems::add);
        CustomerRecordRules.required(CustomerRecordRules.SCORED_ON, scoredOn)
                .or(() -> CustomerRecordRules.pastDate(CustomerRecordRules.SCORED_ON, scoredOn, context.today()))
                .ifPresent(problems::add);
        return problems;
    }
}
