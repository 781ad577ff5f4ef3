package com.crcloud.flow.service;

import com.crcloud.flow.FlowFixtures;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.FlowStage;
import com.crcloud.flow.domain.FlowStep;
import com.crcloud.flow.domain.RuleAction;
import com.crcloud.flow.domain.StageSlas;
import com.crcloud.flow.domain.StepConsequence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.crcloud.flow.FlowFixtures.CHECK;
import static com.crcloud.flow.FlowFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class FlowDiffTest {

    private final FlowDefinition before = FlowFixtures.valid();

    @Test
    void identical_flows_have_no_differences() {
        assertThat(FlowDiff.between(before, FlowFixtures.valid())).isEmpty();
    }

    @Test
    void a_changed_rule_an_added_rule_and_a_removed_rule_are_named_with_their_text() {
        FlowDefinition after = new FlowDefinition(before.stages(), List.of(
                rule("Low risk", RuleAction.AUTO_APPROVE, "RISK_CLASS", "IN", "LOW,MEDIUM"),
                rule("Minors", RuleAction.AUTO_REJECT, "AGE", "LESS_THAN", "18")),
                before.riskBands(), before.reReviewMonths(), before.results(), before.servicePlans(), before.slaHours(), before.requiredDocuments());

        assertThat(FlowDiff.between(before, after)).extracting(FlowChange::area, FlowChange::subject, FlowChange::before, FlowChange::after)
                .containsExactly(
                        tuple("RULE", "Low risk", "AUTO_APPROVE when ALL: RISK_CLASS EQUALS LOW", "AUTO_APPROVE when ALL: RISK_CLASS IN LOW,MEDIUM"),
                        tuple("RULE", "Large limits", "REQUIRE_FOUR_EYES when ALL: CREDIT_LIMIT GREATER_THAN 50000", null),
                        tuple("RULE", "Minors", null, "AUTO_REJECT when ALL: AGE LESS_THAN 18"));
    }

    @Test
    void a_step_made_blocking_and_a_changed_sla_are_differences_of_their_own() {
        FlowStage identity = before.stages().get(0);
        FlowStep strict = new FlowStep(CHECK, Map.of(), true, StepConsequence.CONTINUE, StepConsequence.REJECT, StepConsequence.MANUAL_REVIEW);
        FlowDefinition after = new FlowDefinition(List.of(new FlowStage(identity.name(), identity.phase(), List.of(strict, identity.steps().get(1))),
                before.stages().get(1)), before.rules(), before.riskBands(), before.reReviewMonths(), before.results(), before.servicePlans(),
                new StageSlas(72, 12, 48, 24, 336), before.requiredDocuments());

        assertThat(FlowDiff.between(before, after)).extracting(FlowChange::line).containsExactly(
                "STEP 'Identity / kyc/id-check': WARN→CONTINUE, FAIL→MANUAL_REVIEW, ERROR→MANUAL_REVIEW → blocking, WARN→CONTINUE, FAIL→REJECT, ERROR→MANUAL_REVIEW",
                "SLA 'verifying': 24 h → 12 h");
    }

    @Test
    void moving_a_stage_is_reported_with_its_old_and_new_position() {
        FlowDefinition after = new FlowDefinition(List.of(before.stages().get(1), before.stages().get(0)), before.rules(), before.riskBands(),
                before.reReviewMonths(), before.results(), before.servicePlans(), before.slaHours(), before.requiredDocuments());

        assertThat(FlowDiff.between(before, after)).extracting(FlowChange::area, FlowChange::before, FlowChange::after)
                .contains(tuple("STAGE", "position 1", "position 2"));
    }
}
