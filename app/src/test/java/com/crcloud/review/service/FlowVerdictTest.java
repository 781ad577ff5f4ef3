package com.crcloud.review.service;

import com.crcloud.flow.FlowFixtures;
import com.crcloud.flow.domain.CaseFacts;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.FlowStage;
import com.crcloud.flow.domain.FlowStep;
import com.crcloud.flow.domain.StagePhase;
import com.crcloud.flow.domain.StepConsequence;
import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.pluginhost.service.ExtensionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FlowVerdictTest {

    private static final FlowDefinition FLOW = FlowFixtures.valid();
    private static final FlowStage IDENTITY = FLOW.stages().get(0);
    private static final CaseFacts LOW_RISK_SMALL = facts(RiskClass.LOW, "12000.00");

    private static CaseFacts facts(RiskClass riskClass, String limit) {
        return new CaseFacts(riskClass, "STANDARD", 700, 0.01, 40, new BigDecimal("2000"), new BigDecimal("500"),
                limit == null ? null : new BigDecimal(limit), 0, 0, "CN", 0);
    }

    private static AutomatedChecksService.FlowStepResult ran(CheckOutcome outcome, StepConsequence onWarn, StepConsequence onFail) {
        FlowStep step = new FlowStep(FlowFixtures.CHECK, Map.of(), false, onWarn, onFail, StepConsequence.MANUAL_REVIEW);
        StepResult result = new StepResult(FlowFixtures.CHECK, "ID check", ExtensionKind.REVIEW_CHECK, outcome, outcome.name(), List.of(), "",
                List.of(), 1, StepResult.Figures.NONE, List.of());
        return new AutomatedChecksService.FlowStepResult(IDENTITY, step, result);
    }

    @ParameterizedTest(name = "{0} with WARN→{1}, FAIL→{2}: {3}")
    @CsvSource({
            "PASS, REJECT,              REJECT,              NONE",
            "WARN, CONTINUE,            REJECT,              NONE",
            "WARN, REQUEST_INFORMATION, REJECT,              MORE_INFO_BY_STEP",
            "FAIL, CONTINUE,            REJECT,              REJECT_BY_STEP",
            "FAIL, CONTINUE,            MANUAL_REVIEW,       NONE",
    })
    void after_verification_a_step_result_decides_only_when_its_consequence_rejects_or_asks_for_information(
            CheckOutcome outcome, StepConsequence onWarn, StepConsequence onFail, FlowVerdict.Kind kind) {
        FlowVerdict verdict = FlowVerdict.of(FLOW, StagePhase.VERIFICATION, List.of(ran(outcome, onWarn, onFail)), List.of(), null);

        assertThat(verdict.kind()).isEqualTo(kind);
    }

    @Test
    void rejecting_wins_over_asking_for_information_and_names_the_step() {
        FlowVerdict verdict = FlowVerdict.of(FLOW, StagePhase.VERIFICATION, List.of(
                ran(CheckOutcome.WARN, StepConsequence.REQUEST_INFORMATION, StepConsequence.REJECT),
                ran(CheckOutcome.FAIL, StepConsequence.CONTINUE, StepConsequence.REJECT)), List.of(), null);

        assertThat(verdict.kind()).isEqualTo(FlowVerdict.Kind.REJECT_BY_STEP);
        assertThat(verdict.because()).isEqualTo("ID check FAIL");
    }

    @Test
    void after_the_assessment_an_auto_approve_rule_approves_a_low_risk_case_within_the_limit() {
        FlowVerdict verdict = FlowVerdict.of(FLOW, StagePhase.ASSESSMENT, List.of(), List.of(StepConsequence.CONTINUE), LOW_RISK_SMALL);

        assertThat(verdict.kind()).isEqualTo(FlowVerdict.Kind.APPROVE_BY_RULE);
        assertThat(verdict.because()).isEqualTo("'Low risk'");
    }

    @Test
    void a_verification_result_asking_for_a_person_keeps_the_flow_from_approving() {
        FlowVerdict verdict = FlowVerdict.of(FLOW, StagePhase.ASSESSMENT, List.of(), List.of(StepConsequence.MANUAL_REVIEW), LOW_RISK_SMALL);

        assertThat(verdict.kind()).isEqualTo(FlowVerdict.Kind.NONE);
    }

    @Test
    void a_four_eyes_rule_keeps_the_flow_from_approving_and_says_so() {
        FlowVerdict verdict = FlowVerdict.of(FLOW, StagePhase.ASSESSMENT, List.of(), List.of(), facts(RiskClass.LOW, "60000.00"));

        assertThat(verdict.kind()).isEqualTo(FlowVerdict.Kind.NONE);
        assertThat(verdict.fourEyes()).isTrue();
    }

    @Test
    void without_a_risk_class_nothing_is_approved_automatically() {
        FlowVerdict verdict = FlowVerdict.of(FLOW, StagePhase.ASSESSMENT, List.of(), List.of(), facts(null, null));

        assertThat(verdict.kind()).isEqualTo(FlowVerdict.Kind.NONE);
        assertThat(verdict.fourEyes()).isTrue();
    }

    @Test
    void a_blocking_step_holds_the_case_on_fail_or_error_only() {
        FlowStep blocking = new FlowStep(FlowFixtures.CHECK, Map.of(), true, null, null, null);

        assertThat(blocking.holds(CheckOutcome.FAIL)).isTrue();
        assertThat(blocking.holds(CheckOutcome.ERROR)).isTrue();
        assertThat(blocking.holds(CheckOutcome.WARN)).isFalse();
        assertThat(FlowFixtures.step(FlowFixtures.CHECK).holds(CheckOutcome.FAIL)).isFalse();
    }
}
