package com.crcloud.review.service;

import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.ReviewPolicy;
import com.crcloud.review.domain.ReviewPolicyRepository;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.user.Authorities;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The tenant's review policy: read by every review step, changed by the tenant's administrator. */
@Service
public class ReviewPolicyService {

    private final ReviewPolicyRepository policies;
    private final TransactionTemplate transaction;

    public ReviewPolicyService(ReviewPolicyRepository policies, PlatformTransactionManager transactionManager) {
        this.policies = policies;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The tenant's policy; a tenant that never changed it gets the defaults, stored on first use. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public ReviewPolicy current() {
        try {
            return transaction.execute(status -> policies.findFirstBy().orElseGet(() -> policies.saveAndFlush(new ReviewPolicy())));
        } catch (DataIntegrityViolationException e) {
            // Another request stored the defaults first.
            return transaction.execute(status -> policies.findFirstBy().orElseThrow());
        }
    }

    @Secured(Authorities.TENANT_ADMIN)
    public ReviewPolicy save(ReviewPolicy policy, String reason) {
        List<FieldProblem> problems = validate(policy);
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
        try {
            return AuditReason.with(reason, () -> transaction.execute(status -> policies.saveAndFlush(policy)));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    static List<FieldProblem> validate(ReviewPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        for (RiskClass riskClass : RiskClass.values()) {
            String suffix = riskClass.name().charAt(0) + riskClass.name().substring(1).toLowerCase();
            if (policy.reReviewMonths(riskClass) < 1 || policy.reReviewMonths(riskClass) > 120) {
                problems.add(FieldProblem.of("reReviewMonths" + suffix, "policy.error.months", 1, 120));
            }
            BigDecimal multiplier = policy.limitMultiplier(riskClass);
            if (multiplier == null || multiplier.signum() < 0 || multiplier.compareTo(new BigDecimal("100")) > 0) {
                problems.add(FieldProblem.of("limitMultiplier" + suffix, "policy.error.multiplier", 0, 100));
            }
            if (policy.pricingBand(riskClass) == null || policy.pricingBand(riskClass).isBlank()) {
                problems.add(FieldProblem.of("pricingBand" + suffix, "policy.error.required"));
            }
        }
        if (policy.getLimitCap() == null || policy.getLimitCap().signum() < 0) {
            problems.add(FieldProblem.of("limitCap", "policy.error.notNegative"));
        }
        if (policy.getFourEyesLimitAbove() == null || policy.getFourEyesLimitAbove().signum() < 0) {
            problems.add(FieldProblem.of("fourEyesLimitAbove", "policy.error.notNegative"));
        }
        if (policy.getFourEyesRiskClass() == null) {
            problems.add(FieldProblem.of("fourEyesRiskClass", "policy.error.required"));
        }
        Map.of("servicePlanVip", nullToEmpty(policy.getServicePlanVip()), "servicePlanStandard", nullToEmpty(policy.getServicePlanStandard()))
                .forEach((field, value) -> {
                    if (value.isBlank()) {
                        problems.add(FieldProblem.of(field, "policy.error.required"));
                    }
                });
        Map.of("slaHoursCollecting", policy.getSlaHoursCollecting(), "slaHoursVerifying", policy.getSlaHoursVerifying(),
                "slaHoursAssessing", policy.getSlaHoursAssessing(), "slaHoursApproval", policy.getSlaHoursApproval(),
                "slaHoursMoreInfo", policy.getSlaHoursMoreInfo()).forEach((field, hours) -> {
                    if (hours < 1 || hours > 24 * 90) {
                        problems.add(FieldProblem.of(field, "policy.error.slaHours", 1, 24 * 90));
                    }
                });
        problems.sort((a, b) -> a.field().compareTo(b.field()));
        return problems;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
