package com.crcloud.feedback.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * One named result of a scored survey (e.g. {@code csat=4}, {@code nps=9}), one row each so that averages and
 * distributions per channel and period are plain indexed queries. Written once, with the answers.
 */
@Entity
@Table(name = "customer_survey_metric")
@Audited
public class CustomerSurveyMetric extends TenantOwnedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_survey_id", nullable = false, length = 36, updatable = false)
    private UUID customerSurveyId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_id", nullable = false, length = 36, updatable = false)
    private UUID customerId;

    @Column(name = "extension_key", nullable = false, length = 200, updatable = false)
    private String extensionKey;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "metric_value", nullable = false, updatable = false)
    private double value;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    protected CustomerSurveyMetric() {
    }

    public CustomerSurveyMetric(CustomerSurvey survey, String name, double value) {
        this.customerSurveyId = survey.getId();
        this.customerId = survey.getCustomerId();
        this.extensionKey = survey.getExtensionKey();
        this.name = name;
        this.value = value;
        this.answeredAt = survey.getAnsweredAt();
    }

    public UUID getCustomerSurveyId() {
        return customerSurveyId;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public String getExtensionKey() {
        return extensionKey;
    }

    public String getName() {
        return name;
    }

    public double getValue() {
        return value;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
