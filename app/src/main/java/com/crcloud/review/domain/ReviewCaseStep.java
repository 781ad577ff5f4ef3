package com.crcloud.review.domain;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.pluginhost.service.ExtensionKind;
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
import java.util.UUID;

/**
 * What one plugin extension concluded in one run of a case's stage. Never changed after it is written: a re-run
 * adds rows with the next run number, so earlier conclusions stay visible.
 */
@Entity
@Table(name = "review_case_step")
@Audited
public class ReviewCaseStep extends TenantOwnedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "case_id", nullable = false, length = 36, updatable = false)
    private UUID caseId;

    @Column(name = "run_number", nullable = false, updatable = false)
    private int runNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private CaseStage stage;

    @Column(name = "extension_key", nullable = false, length = 200, updatable = false)
    private String extensionKey;

    @Column(name = "extension_name", nullable = false, length = 200, updatable = false)
    private String extensionName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ExtensionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private CheckOutcome status;

    @Column(nullable = false, length = 500, updatable = false)
    private String summary;

    /** Comma-separated machine-readable codes. */
    @Column(name = "reason_codes", nullable = false, length = 1000, updatable = false)
    private String reasonCodes;

    @Column(columnDefinition = "TEXT", updatable = false)
    private String explanation;

    /** The factors behind the result as JSON, largest first. */
    @Column(columnDefinition = "TEXT", updatable = false)
    private String factors;

    /** Every hit of a screening step as JSON, best first; null for other kinds of step. */
    @Column(columnDefinition = "TEXT", updatable = false)
    private String hits;

    @Column(updatable = false)
    private Integer score;

    @Column(name = "probability_of_default", updatable = false)
    private Double probabilityOfDefault;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_class", length = 10, updatable = false)
    private RiskClass riskClass;

    @Column(length = 40, updatable = false)
    private String tier;

    @Column(nullable = false, updatable = false)
    private long millis;

    @Column(name = "ran_at", nullable = false, updatable = false)
    private Instant ranAt;

    protected ReviewCaseStep() {
    }

    @SuppressWarnings("java:S107") // one row of a results table: every column is a constructor argument
    public ReviewCaseStep(UUID caseId, int runNumber, CaseStage stage, String extensionKey, String extensionName, ExtensionKind kind,
                          CheckOutcome status, String summary, String reasonCodes, String explanation, String factors,
                          String hits, Integer score, Double probabilityOfDefault, RiskClass riskClass, String tier, long millis,
                          Instant ranAt) {
        this.caseId = caseId;
        this.runNumber = runNumber;
        this.stage = stage;
        this.extensionKey = extensionKey;
        this.extensionName = extensionName;
        this.kind = kind;
        this.status = status;
        this.summary = summary;
        this.reasonCodes = reasonCodes;
        this.explanation = explanation;
        this.factors = factors;
        this.hits = hits;
        this.score = score;
        this.probabilityOfDefault = probabilityOfDefault;
        this.riskClass = riskClass;
        this.tier = tier;
        this.millis = millis;
        this.ranAt = ranAt;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public int getRunNumber() {
        return runNumber;
    }

    public CaseStage getStage() {
        return stage;
    }

    public String getExtensionKey() {
        return extensionKey;
    }

    public String getExtensionName() {
        return extensionName;
    }

    public ExtensionKind getKind() {
        return kind;
    }

    public CheckOutcome getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public String getReasonCodes() {
        return reasonCodes;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getFactors() {
        return factors;
    }

    public String getHits() {
        return hits;
    }

    public Integer getScore() {
        return score;
    }

    public Double getProbabilityOfDefault() {
        return probabilityOfDefault;
    }

    public RiskClass getRiskClass() {
        return riskClass;
    }

    public String getTier() {
        return tier;
    }

    public long getMillis() {
        return millis;
    }

    public Instant getRanAt() {
        return ranAt;
    }
}
