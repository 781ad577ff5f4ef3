package com.crcloud.flow.domain;

import java.util.List;

/**
 * A readable decision rule: "ACTION when ALL/ANY of these conditions hold", e.g. auto-approve when risk class
 * equals LOW and screening hits equals 0 and checks not passed equals 0.
 */
public record DecisionRule(String name, RuleAction action, RuleMatch match, List<RuleCondition> conditions) {

    public DecisionRule {
        match = match == null ? RuleMatch.ALL : match;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
