package com.crcloud.feedback.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A survey a feedback plugin offered a customer after an event (today: a case decision), with its questions as
 * the plugin asked them (JSON of the SDK's questions) and, once recorded, the customer's answers and the
 * plugin's score. The metrics are also kept one per row in {@link CustomerSurveyMetric} for reporting.
 */
@Entity
@Table(name = "customer_survey")
@Audited
public class CustomerSurvey extends TenantOwnedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_id", nullable = false, length = 36, updatable = false)
    private UUID customerId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "case_id", length = 36, updatable = false)
    private UUID caseId;

    /** The feedback channel that offered it, {@code pluginId/extensionId}. */
    @Column(name = "extension_key", nullable = false, length = 200, updatable = false)
    private String extensionKey;

    /** The plugin's id of the survey design, e.g. {@code post-decision-v1}. */
    @Column(name = "survey_id", nullable = false, length = 100, updatable = false)
    private String surveyId;

    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String questions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SurveyStatus status;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(columnDefinition = "TEXT")
    private String answers;

    @Column(columnDefinition = "TEXT")
    private String metrics;

    /** Comma-separated follow-up flags from the plugin's score, e.g. {@code DETRACTOR,LOW_CSAT}. */
    @Column(length = 500)
    private String flags;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** The staff member who recorded the customer's answers. */
    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    protected CustomerSurvey() {
    }

    public CustomerSurvey(UUID customerId, UUID caseId, String extensionKey, String surveyId, String questions, Instant sentAt) {
        this.customerId = customerId;
        this.caseId = caseId;
        this.extensionKey = extensionKey;
        this.surveyId = surveyId;
        this.questions = questions;
        this.sentAt = sentAt;
        this.status = SurveyStatus.SENT;
    }

    /** Stores the customer's answers with the plugin's score. */
    public void recordAnswers(String answersJson, String metricsJson, List<String> scoreFlags, String by, Instant at) {
        if (status != SurveyStatus.SENT) {
            throw new IllegalStateException("Survey " + getId() + " is " + status + ", not awaiting answers");
        }
        answers = answersJson;
        metrics = metricsJson;
        flags = String.join(",", scoreFlags);
        answeredBy = by;
        answeredAt = at;
        status = SurveyStatus.ANSWERED;
    }

    public void expire() {
        status = SurveyStatus.EXPIRED;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getExtensionKey() {
        return extensionKey;
    }

    public String getSurveyId() {
        return surveyId;
    }

    public String getQuestions() {
        return questions;
    }

    public SurveyStatus getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getAnswers() {
        return answers;
    }

    public String getMetrics() {
        return metrics;
    }

    public List<String> getFlags() {
        return flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split(","));
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
