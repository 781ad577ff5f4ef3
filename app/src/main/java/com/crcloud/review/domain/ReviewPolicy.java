package com.crcloud.review.domain;

import com.crcloud.plugin.api.RiskClass;
import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;

/**
 * A tenant's review rules until flows can be designed per product: SLAs per stage, four-eyes thresholds, the
 * result (limit, pricing band, service plan) per risk class and tier, and re-review intervals per risk class.
 * One per tenant, audited like any other record.
 */
@Entity
@Table(name = "review_policy")
@Audited
public class ReviewPolicy extends TenantOwnedEntity {

    @Column(name = "re_review_months_high", nullable = false)
    private int reReviewMonthsHigh = 6;
    @Column(name = "re_review_months_medium", nullable = false)
    private int reReviewMonthsMedium = 12;
    @Column(name = "re_review_months_low", nullable = false)
    private int reReviewMonthsLow = 24;

    /** Credit limit = monthly income × multiplier, capped; a multiplier of 0 grants no credit. */
    @Column(name = "limit_multiplier_high", nullable = false, precision = 6, scale = 2)
    private BigDecimal limitMultiplierHigh = new BigDecimal("1.00");
    @Column(name = "limit_multiplier_medium", nullable = false, precision = 6, scale = 2)
    private BigDecimal limitMultiplierMedium = new BigDecimal("3.00");
    @Column(name = "limit_multiplier_low", nullable = false, precision = 6, scale = 2)
    private BigDecimal limitMultiplierLow = new BigDecimal("6.00");
    @Column(name = "limit_cap", nullable = false, precision = 15, scale = 2)
    private BigDecimal limitCap = new BigDecimal("200000.00");

    @Column(name = "pricing_band_high", nullable = false, length = 40)
    private String pricingBandHigh = "C";
    @Column(name = "pricing_band_medium", nullable = false, length = 40)
    private String pricingBandMedium = "B";
    @Column(name = "pricing_band_low", nullable = false, length = 40)
    private String pricingBandLow = "A";

    @Column(name = "service_plan_vip", nullable = false, length = 80)
    private String servicePlanVip = "Premier";
    @Column(name = "service_plan_standard", nullable = false, length = 80)
    private String servicePlanStandard = "Standard";

    /** Approvals at this risk class or above need a second person. */
    @Enumerated(EnumType.STRING)
    @Column(name = "four_eyes_risk_class", nullable = false, length = 10)
    private RiskClass fourEyesRiskClass = RiskClass.HIGH;
    /** Approvals granting more than this limit need a second person. */
    @Column(name = "four_eyes_limit_above", nullable = false, precision = 15, scale = 2)
    private BigDecimal fourEyesLimitAbove = new BigDecimal("50000.00");

    @Column(name = "sla_hours_collecting", nullable = false)
    private int slaHoursCollecting = 72;
    @Column(name = "sla_hours_verifying", nullable = false)
    private int slaHoursVerifying = 24;
    @Column(name = "sla_hours_assessing", nullable = false)
    private int slaHoursAssessing = 48;
    @Column(name = "sla_hours_approval", nullable = false)
    private int slaHoursApproval = 24;
    @Column(name = "sla_hours_more_info", nullable = false)
    private int slaHoursMoreInfo = 336;

    public int reReviewMonths(RiskClass riskClass) {
        return switch (riskClass) {
            case HIGH -> reReviewMonthsHigh;
            case MEDIUM -> reReviewMonthsMedium;
            case LOW -> reReviewMonthsLow;
        };
    }

    public BigDecimal limitMultiplier(RiskClass riskClass) {
        return switch (riskClass) {
            case HIGH -> limitMultiplierHigh;
            case MEDIUM -> limitMultiplierMedium;
            case LOW -> limitMultiplierLow;
        };
    }

    public String pricingBand(RiskClass riskClass) {
        return switch (riskClass) {
            case HIGH -> pricingBandHigh;
            case MEDIUM -> pricingBandMedium;
            case LOW -> pricingBandLow;
        };
    }

    /** VIP customers get the VIP plan; every other tier the standard one. */
    public String servicePlan(String tier) {
        return "VIP".equalsIgnoreCase(tier) ? servicePlanVip : servicePlanStandard;
    }

    /** Hours a case may spend in a stage; closed stages have none. */
    public int slaHours(CaseStage stage) {
        return switch (stage) {
            case COLLECTING -> slaHoursCollecting;
            case VERIFYING -> slaHoursVerifying;
            case ASSESSING -> slaHoursAssessing;
            case AWAITING_APPROVAL -> slaHoursApproval;
            case MORE_INFO_REQUESTED -> slaHoursMoreInfo;
            case APPROVED, REJECTED -> 0;
        };
    }

    public int getReReviewMonthsHigh() {
        return reReviewMonthsHigh;
    }

    public void setReReviewMonthsHigh(int value) {
        this.reReviewMonthsHigh = value;
    }

    public int getReReviewMonthsMedium() {
        return reReviewMonthsMedium;
    }

    public void setReReviewMonthsMedium(int value) {
        this.reReviewMonthsMedium = value;
    }

    public int getReReviewMonthsLow() {
        return reReviewMonthsLow;
    }

    public void setReReviewMonthsLow(int value) {
        this.reReviewMonthsLow = value;
    }

    public BigDecimal getLimitMultiplierHigh() {
        return limitMultiplierHigh;
    }

    public void setLimitMultiplierHigh(BigDecimal value) {
        this.limitMultiplierHigh = value;
    }

    public BigDecimal getLimitMultiplierMedium() {
        return limitMultiplierMedium;
    }

    public void setLimitMultiplierMedium(BigDecimal value) {
        this.limitMultiplierMedium = value;
    }

    public BigDecimal getLimitMultiplierLow() {
        return limitMultiplierLow;
    }

    public void setLimitMultiplierLow(BigDecimal value) {
        this.limitMultiplierLow = value;
    }

    public BigDecimal getLimitCap() {
        return limitCap;
    }

    public void setLimitCap(BigDecimal value) {
        this.limitCap = value;
    }

    public String getPricingBandHigh() {
        return pricingBandHigh;
    }

    public void setPricingBandHigh(String value) {
        this.pricingBandHigh = value;
    }

    public String getPricingBandMedium() {
        return pricingBandMedium;
    }

    public void setPricingBandMedium(String value) {
        this.pricingBandMedium = value;
    }

    public String getPricingBandLow() {
        return pricingBandLow;
    }

    public void setPricingBandLow(String value) {
        this.pricingBandLow = value;
    }

    public String getServicePlanVip() {
        return servicePlanVip;
    }

    public void setServicePlanVip(String value) {
        this.servicePlanVip = value;
    }

    public String getServicePlanStandard() {
        return servicePlanStandard;
    }

    public void setServicePlanStandard(String value) {
        this.servicePlanStandard = value;
    }

    public RiskClass getFourEyesRiskClass() {
        return fourEyesRiskClass;
    }

    public void setFourEyesRiskClass(RiskClass value) {
        this.fourEyesRiskClass = value;
    }

    public BigDecimal getFourEyesLimitAbove() {
        return fourEyesLimitAbove;
    }

    public void setFourEyesLimitAbove(BigDecimal value) {
        this.fourEyesLimitAbove = value;
    }

    public int getSlaHoursCollecting() {
        return slaHoursCollecting;
    }

    public void setSlaHoursCollecting(int value) {
        this.slaHoursCollecting = value;
    }

    public int getSlaHoursVerifying() {
        return slaHoursVerifying;
    }

    public void setSlaHoursVerifying(int value) {
        this.slaHoursVerifying = value;
    }

    public int getSlaHoursAssessing() {
        return slaHoursAssessing;
    }

    public void setSlaHoursAssessing(int value) {
        this.slaHoursAssessing = value;
    }

    public int getSlaHoursApproval() {
        return slaHoursApproval;
    }

    public void setSlaHoursApproval(int value) {
        this.slaHoursApproval = value;
    }

    public int getSlaHoursMoreInfo() {
        return slaHoursMoreInfo;
    }

    public void setSlaHoursMoreInfo(int value) {
        this.slaHoursMoreInfo = value;
    }
}
