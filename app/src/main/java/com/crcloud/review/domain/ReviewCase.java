package com.crcloud.review.domain;

import com.crcloud.plugin.api.RiskClass;
import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One review of one customer, from collecting data to a decision. The stage changes only through
 * {@link #moveTo}, which refuses moves {@link CaseStage} does not allow. The model's figures and the reviewer's
 * overrides are kept side by side; the decision records who proposed it and who took it.
 */
@Entity
@Table(name = "review_case")
@Audited
public class ReviewCase extends TenantOwnedEntity {

    @Column(nullable = false, length = 20, updatable = false)
    private String reference;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_id", nullable = false, length = 36, updatable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "opened_because", nullable = false, length = 20, updatable = false)
    private CaseTrigger openedBecause;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseStage stage;

    /** 1 while open, null once closed: backs the one-open-case-per-customer unique key. */
    @Column(name = "open_slot")
    private Integer openSlot;

    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 100, updatable = false)
    private String openedBy;

    @Column(length = 100)
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(name = "model_risk_class", length = 10)
    private RiskClass modelRiskClass;

    @Column(name = "model_score")
    private Integer modelScore;

    @Column(name = "model_pd")
    private Double modelProbabilityOfDefault;

    @Column(name = "model_version", length = 100)
    private String modelVersion;

    @Column(length = 40)
    private String tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "override_risk_class", length = 10)
    private RiskClass overrideRiskClass;

    @Column(name = "override_score")
    private Integer overrideScore;

    @Column(name = "override_justification", length = 2000)
    private String overrideJustification;

    @Column(name = "overridden_by", length = 100)
    private String overriddenBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_outcome", length = 30)
    private DecisionOutcome proposedOutcome;

    @Column(name = "proposed_reasons", length = 500)
    private String proposedReasons;

    @Column(name = "proposal_note", length = 2000)
    private String proposalNote;

    @Column(name = "proposed_by", length = 100)
    private String proposedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private DecisionOutcome outcome;

    @Column(name = "decision_reasons", length = 500)
    private String decisionReasons;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "credit_limit", precision = 15, scale = 2)
    private BigDecimal creditLimit;

    @Column(length = 3)
    private String currency;

    @Column(name = "pricing_band", length = 40)
    private String pricingBand;

    @Column(name = "service_plan", length = 80)
    private String servicePlan;

    @Column(name = "next_review_date")
    private LocalDate nextReviewDate;

    @Column(name = "assessment_millis")
    private Long assessmentMillis;

    /** The product the case reviews for; it chose the flow. Null for cases from before flows existed. */
    @Column(length = 60, updatable = false)
    private String product;

    /** The published flow version the case runs on, kept for its whole life; null: the tenant's standard flow. */
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "flow_version_id", length = 36, updatable = false)
    private UUID flowVersionId;

    @Column(name = "flow_version_number", updatable = false)
    private Integer flowVersionNumber;

    /** The flow's rules decided the case without a person. */
    @Column(name = "auto_decided", nullable = false)
    private boolean autoDecided;

    protected ReviewCase() {
    }

    public ReviewCase(String reference, UUID customerId, CaseTrigger openedBecause, String openedBy, Instant now, Instant dueAt) {
        this.reference = reference;
        this.customerId = customerId;
        this.openedBecause = openedBecause;
        this.openedBy = openedBy;
        this.openedAt = now;
        this.stage = CaseStage.COLLECTING;
        this.stageEnteredAt = now;
        this.dueAt = dueAt;
        this.openSlot = 1;
    }

    /** Moves to the next stage if the current one allows it; closing frees the customer's open-case slot. */
    public void moveTo(CaseStage next, Instant now, Instant nextDueAt) {
        if (!stage.mayMoveTo(next)) {
            throw new IllegalStageChangeException(stage, next);
        }
        stage = next;
        stageEnteredAt = now;
        dueAt = nextDueAt;
        openSlot = next.isClosed() ? null : 1;
    }

    /** The risk class that counts: the reviewer's override if there is one, else the model's. */
    public RiskClass effectiveRiskClass() {
        return overrideRiskClass != null ? overrideRiskClass : modelRiskClass;
    }

    public Integer effectiveScore() {
        return overrideScore != null ? overrideScore : modelScore;
    }

    public void recordModel(RiskClass riskClass, Integer score, Double probabilityOfDefault, String version, String tier) {
        this.modelRiskClass = riskClass;
        this.modelScore = score;
        this.modelProbabilityOfDefault = probabilityOfDefault;
        this.modelVersion = version;
        this.tier = tier;
    }

    public void recordOverride(RiskClass riskClass, Integer score, String justification, String by) {
        this.overrideRiskClass = riskClass;
        this.overrideScore = score;
        this.overrideJustification = justification;
        this.overriddenBy = by;
    }

    public void recordProposal(DecisionOutcome proposed, List<DecisionReason> reasons, String note, String by) {
        this.proposedOutcome = proposed;
        this.proposedReasons = join(reasons);
        this.proposalNote = note;
        this.proposedBy = by;
    }

    public void clearProposal() {
        recordProposal(null, List.of(), null, null);
    }

    public void recordDecision(DecisionOutcome decided, List<DecisionReason> reasons, String note, String by, Instant at) {
        this.outcome = decided;
        this.decisionReasons = join(reasons);
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void applyResult(BigDecimal creditLimit, String currency, String pricingBand, String servicePlan, LocalDate nextReviewDate) {
        this.creditLimit = creditLimit;
        this.currency = currency;
        this.pricingBand = pricingBand;
        this.servicePlan = servicePlan;
        this.nextReviewDate = nextReviewDate;
    }

    private static String join(List<DecisionReason> reasons) {
        return reasons.isEmpty() ? null : String.join(",", reasons.stream().map(Enum::name).toList());
    }

    private static List<DecisionReason> split(String reasons) {
        return reasons == null ? List.of() : Arrays.stream(reasons.split(",")).map(DecisionReason::valueOf).toList();
    }

    public String getReference() {
        return reference;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public CaseTrigger getOpenedBecause() {
        return openedBecause;
    }

    public CaseStage getStage() {
        return stage;
    }

    public Instant getStageEnteredAt() {
        return stageEnteredAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public RiskClass getModelRiskClass() {
        return modelRiskClass;
    }

    public Integer getModelScore() {
        return modelScore;
    }

    public Double getModelProbabilityOfDefault() {
        return modelProbabilityOfDefault;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public String getTier() {
        return tier;
    }

    public RiskClass getOverrideRiskClass() {
        return overrideRiskClass;
    }

    public Integer getOverrideScore() {
        return overrideScore;
    }

    public String getOverrideJustification() {
        return overrideJustification;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public DecisionOutcome getProposedOutcome() {
        return proposedOutcome;
    }

    public List<DecisionReason> getProposedReasons() {
        return split(proposedReasons);
    }

    public String getProposalNote() {
        return proposalNote;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public List<DecisionReason> getDecisionReasons() {
        return split(decisionReasons);
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public String getCurrency() {
        return currency;
    }

    public String getPricingBand() {
        return pricingBand;
    }

    public String getServicePlan() {
        return servicePlan;
    }

    public LocalDate getNextReviewDate() {
        return nextReviewDate;
    }

    public Long getAssessmentMillis() {
        return assessmentMillis;
    }

    public void setAssessmentMillis(Long assessmentMillis) {
        this.assessmentMillis = assessmentMillis;
    }

    /** Pins the case to the flow its product chose when it opened. */
    public void runOn(String product, UUID flowVersionId, Integer flowVersionNumber) {
        this.product = product;
        this.flowVersionId = flowVersionId;
        this.flowVersionNumber = flowVersionNumber;
    }

    public String getProduct() {
        return product;
    }

    public UUID getFlowVersionId() {
        return flowVersionId;
    }

    public Integer getFlowVersionNumber() {
        return flowVersionNumber;
    }

    public boolean isAutoDecided() {
        return autoDecided;
    }

    public void setAutoDecided(boolean autoDecided) {
        this.autoDecided = autoDecided;
    }
}
