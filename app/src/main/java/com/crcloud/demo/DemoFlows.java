package com.crcloud.demo;

import com.crcloud.flow.domain.DecisionRule;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.ReviewFlow;
import com.crcloud.flow.domain.RuleAction;
import com.crcloud.flow.domain.RuleCondition;
import com.crcloud.flow.domain.RuleMatch;
import com.crcloud.flow.service.FlowService;
import com.crcloud.review.service.FlowResolver;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A published review flow per demo organisation, in two versions, so the designer, the version comparison and the
 * flow's history have something to show. The demo's own cases keep running on the standard rules.
 */
@Component
class DemoFlows {

    private final FlowService flows;
    private final FlowResolver resolver;

    DemoFlows(FlowService flows, FlowResolver resolver) {
        this.flows = flows;
        this.resolver = resolver;
    }

    /** Runs as the tenant's admin, after the tenant's extensions are switched on. */
    void create(DemoProfile profile) {
        boolean lender = profile == DemoProfile.CONSUMER_LENDER;
        FlowDefinition standard = resolver.standard();
        ReviewFlow flow = flows.create(lender ? "consumer-loan" : "wealth-account", lender ? "Consumer loan" : "Wealth account",
                with(standard, rule("Under 18", RuleAction.AUTO_REJECT, RuleMatch.ALL, new RuleCondition("AGE", "LESS_THAN", "18"))));
        flows.publish(flow.getId(), flows.get(flow.getId()).getVersion(), "The organisation's rules as a flow, plus the legal minimum age");
        ReviewFlow current = flows.get(flow.getId());
        flows.saveDraft(current.getId(), current.getVersion(), current.getName(), with(flows.draftOf(current),
                rule("Clean low risk", RuleAction.AUTO_APPROVE, RuleMatch.ALL, new RuleCondition("RISK_CLASS", "EQUALS", "LOW"),
                        new RuleCondition("SCREENING_HITS", "EQUALS", "0"), new RuleCondition("CHECKS_NOT_PASSED", "EQUALS", "0"),
                        new RuleCondition("CREDIT_LIMIT", "LESS_OR_EQUAL", "20000"))), "Approve clean low-risk small limits automatically");
        flows.publish(flow.getId(), flows.get(flow.getId()).getVersion(), "Clean low-risk cases with limits up to 20,000 are approved by the flow");
    }

    private static DecisionRule rule(String name, RuleAction action, RuleMatch match, RuleCondition... conditions) {
        return new DecisionRule(name, action, match, List.of(conditions));
    }

    private static FlowDefinition with(FlowDefinition flow, DecisionRule rule) {
        List<DecisionRule> rules = new ArrayList<>(flow.rules());
        rules.add(rule);
        return new FlowDefinition(flow.stages(), rules, flow.riskBands(), flow.reReviewMonths(), flow.results(), flow.servicePlans(),
                flow.slaHours(), flow.requiredDocuments());
    }
}
