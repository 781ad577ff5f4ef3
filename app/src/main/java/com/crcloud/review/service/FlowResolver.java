package com.crcloud.review.service;

import com.crcloud.flow.domain.DecisionRule;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.FlowStage;
import com.crcloud.flow.domain.FlowStep;
import com.crcloud.flow.domain.ReviewFlowVersion;
import com.crcloud.flow.domain.RiskClassResult;
import com.crcloud.flow.domain.RuleAction;
import com.crcloud.flow.domain.RuleCondition;
import com.crcloud.flow.domain.RuleField;
import com.crcloud.flow.domain.RuleMatch;
import com.crcloud.flow.domain.RuleOperator;
import com.crcloud.flow.domain.StagePhase;
import com.crcloud.flow.domain.StageSlas;
import com.crcloud.flow.domain.StepConsequence;
import com.crcloud.flow.domain.TierPlan;
import com.crcloud.flow.service.FlowService;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.pluginhost.service.TenantExtension;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.domain.ReviewPolicy;
import com.crcloud.tenant.support.UserFacingException;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which flow a case runs on. A case opened for a product with a published flow is pinned to that flow's latest
 * version for its whole life. Without one (no flows yet, or a case from before flows) the tenant's standard flow
 * applies: its review policy with every enabled extension as a step, as the product worked before flows existed.
 */
@Component
public class FlowResolver {

    /** A flow version a case runs on: the version's id and number, or none for the standard flow. */
    public record Pinned(String product, UUID versionId, Integer number, FlowDefinition definition) {
    }

    private static final List<ExtensionKind> VERIFICATION = List.of(ExtensionKind.REVIEW_CHECK, ExtensionKind.SCREENING_PROVIDER);
    private static final List<ExtensionKind> ASSESSMENT = List.of(ExtensionKind.RISK_MODEL, ExtensionKind.SEGMENTER);

    private final FlowService flows;
    private final ReviewPolicyService policies;
    private final TenantExtensionService extensions;

    public FlowResolver(FlowService flows, ReviewPolicyService policies, TenantExtensionService extensions) {
        this.flows = flows;
        this.policies = policies;
        this.extensions = extensions;
    }

    /**
     * The flow a new case runs on: the product's published flow, else the default flow, else the standard flow.
     * A product without a published flow is kept on the case (it still says what the case is for).
     */
    public Pinned forNewCase(String product) {
        Optional<ReviewFlowVersion> version = product == null ? flows.publishedDefault() : flows.publishedFor(product)
                .or(flows::publishedDefault);
        return version.map(found -> new Pinned(product != null ? product : flows.get(found.getFlowId()).getProduct(),
                        found.getId(), found.getNumber(), flows.definitionOf(found)))
                .orElseGet(() -> new Pinned(product, null, null, standard()));
    }

    /**
     * The latest published version of the product's flow, for a case a person opens for that product.
     *
     * @throws UserFacingException when the product has no published flow
     */
    public Pinned forProduct(String product) {
        ReviewFlowVersion version = flows.publishedFor(product)
                .orElseThrow(() -> new UserFacingException("product", "case.error.unknownProduct", product));
        return new Pinned(product, version.getId(), version.getNumber(), flows.definitionOf(version));
    }

    /** The products with a published flow. */
    public List<String> products() {
        return flows.publishedProducts();
    }

    /** The flow the case was pinned to when it opened. */
    public FlowDefinition of(ReviewCase reviewCase) {
        if (reviewCase.getFlowVersionId() == null) {
            return standard();
        }
        return flows.version(reviewCase.getFlowVersionId()).map(flows::definitionOf)
                .orElseThrow(() -> new IllegalStateException("Case " + reviewCase.getReference() + " runs on a flow version that is gone"));
    }

    /** The tenant's standard flow: its review policy, with its enabled extensions as steps. */
    public FlowDefinition standard() {
        return standard(policies.current(), extensions.list());
    }

    static FlowDefinition standard(ReviewPolicy policy, List<TenantExtension> tenantExtensions) {
        List<TenantExtension> enabled = tenantExtensions.stream().filter(TenantExtension::enabled).toList();
        FlowStage verification = new FlowStage("Verification", StagePhase.VERIFICATION, steps(enabled, VERIFICATION));
        FlowStage assessment = new FlowStage("Assessment", StagePhase.ASSESSMENT, steps(enabled, ASSESSMENT));
        String riskyClasses = Arrays.stream(RiskClass.values()).filter(riskClass -> riskClass.compareTo(policy.getFourEyesRiskClass()) >= 0)
                .map(Enum::name).collect(Collectors.joining(","));
        List<DecisionRule> rules = List.of(
                new DecisionRule("Four eyes from risk class " + policy.getFourEyesRiskClass(), RuleAction.REQUIRE_FOUR_EYES, RuleMatch.ALL,
                        List.of(new RuleCondition(RuleField.RISK_CLASS.name(), RuleOperator.IN.name(), riskyClasses))),
                new DecisionRule("Four eyes above limit " + policy.getFourEyesLimitAbove().toPlainString(), RuleAction.REQUIRE_FOUR_EYES,
                        RuleMatch.ALL, List.of(new RuleCondition(RuleField.CREDIT_LIMIT.name(), RuleOperator.GREATER_THAN.name(),
                        policy.getFourEyesLimitAbove().toPlainString()))));
        Map<RiskClass, Integer> months = new EnumMap<>(RiskClass.class);
        for (RiskClass riskClass : RiskClass.values()) {
            months.put(riskClass, policy.reReviewMonths(riskClass));
        }
        List<RiskClassResult> results = Arrays.stream(RiskClass.values())
                .map(riskClass -> new RiskClassResult(riskClass, policy.limitMultiplier(riskClass), policy.getLimitCap(), policy.pricingBand(riskClass)))
                .toList();
        List<TierPlan> plans = List.of(new TierPlan("VIP", policy.getServicePlanVip()), new TierPlan(TierPlan.ANY_OTHER, policy.getServicePlanStandard()));
        StageSlas slas = new StageSlas(policy.getSlaHoursCollecting(), policy.getSlaHoursVerifying(), policy.getSlaHoursAssessing(),
                policy.getSlaHoursApproval(), policy.getSlaHoursMoreInfo());
        return new FlowDefinition(List.of(verification, assessment), rules, List.of(), months, results, plans, slas, List.of());
    }

    private static List<FlowStep> steps(List<TenantExtension> enabled, List<ExtensionKind> kinds) {
        return kinds.stream().flatMap(kind -> enabled.stream().filter(item -> item.extension().kind() == kind))
                .map(item -> new FlowStep(item.extension().key(), Map.of(), false, StepConsequence.CONTINUE,
                        StepConsequence.MANUAL_REVIEW, StepConsequence.MANUAL_REVIEW))
                .toList();
    }
}
