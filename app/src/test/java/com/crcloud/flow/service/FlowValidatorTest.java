package com.crcloud.flow.service;

import com.crcloud.flow.FlowFixtures;
import com.crcloud.flow.domain.DecisionRule;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.FlowStage;
import com.crcloud.flow.domain.FlowStep;
import com.crcloud.flow.domain.RiskBand;
import com.crcloud.flow.domain.RiskClassResult;
import com.crcloud.flow.domain.RuleAction;
import com.crcloud.flow.domain.StagePhase;
import com.crcloud.flow.domain.StageSlas;
import com.crcloud.flow.domain.StepConsequence;
import com.crcloud.flow.domain.TierPlan;
import com.crcloud.customer.domain.DocumentType;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.tenant.support.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static com.crcloud.flow.FlowFixtures.CHECK;
import static com.crcloud.flow.FlowFixtures.MODEL;
import static com.crcloud.flow.FlowFixtures.SCREENING;
import static com.crcloud.flow.FlowFixtures.SEGMENTER;
import static com.crcloud.flow.FlowFixtures.rule;
import static com.crcloud.flow.FlowFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

class FlowValidatorTest {

    @Test
    void a_complete_flow_over_enabled_extensions_has_no_problems() {
        assertThat(FlowValidator.validate(FlowFixtures.valid(), FlowFixtures.extensions())).isEmpty();
    }

    static Stream<Arguments> brokenFlows() {
        return Stream.of(
                broken("no stages at all", flow -> stages(flow, List.of()), "stages", "flow.problem.noStages"),
                broken("a step bound to a switched-off plugin", flow -> replaceStep(flow, 0, 0, step("kyc/old-check")),
                        "stages[0].steps[0].extensionKey", "flow.problem.disabledExtension"),
                broken("a step bound to an extension that is not installed", flow -> replaceStep(flow, 0, 0, step("acme/lookup")),
                        "stages[0].steps[0].extensionKey", "flow.problem.unknownExtension"),
                broken("a feedback channel used as a step", flow -> replaceStep(flow, 0, 0, step("feedback/email")),
                        "stages[0].steps[0].extensionKey", "flow.problem.notAStep"),
                broken("a risk model in a verification stage", flow -> replaceStep(flow, 0, 0, step(MODEL)),
                        "stages[0].steps[0].extensionKey", "flow.problem.wrongPhase"),
                broken("the same extension twice", flow -> replaceStep(flow, 0, 1, step(CHECK)),
                        "stages[0].steps[1].extensionKey", "flow.problem.stepTwice"),
                broken("a verification stage after the assessment is unreachable", flow -> stages(flow, List.of(flow.stages().get(1),
                        flow.stages().get(0))), "stages[1]", "flow.problem.unreachableStage"),
                broken("a stage without steps", flow -> stages(flow, List.of(flow.stages().get(0), flow.stages().get(1),
                        new FlowStage("Extra", StagePhase.ASSESSMENT, List.of()))), "stages[2].steps", "flow.problem.emptyStage"),
                broken("two stages with one name", flow -> stages(flow, List.of(flow.stages().get(0),
                        new FlowStage("identity", StagePhase.ASSESSMENT, flow.stages().get(1).steps()))), "stages[1].name", "flow.problem.duplicateStage"),
                broken("a step setting the extension does not have", flow -> replaceStep(flow, 0, 0,
                        new FlowStep(CHECK, Map.of("treshold", "10"), false, null, null, null)), "stages[0].steps[0].settings.treshold",
                        "flow.problem.unknownSetting"),
                broken("a step setting out of the extension's range", flow -> replaceStep(flow, 0, 0,
                        new FlowStep(CHECK, Map.of("threshold", "150"), false, null, null, null)), "stages[0].steps[0].settings.threshold",
                        "extensions.problem.ABOVE_MAXIMUM"),
                broken("no assessment stage", flow -> stages(flow, List.of(flow.stages().get(0))), "stages", "flow.problem.noAssessmentStage"),
                broken("nothing gives a risk class", flow -> stages(flow, List.of(flow.stages().get(0),
                        new FlowStage("Risk", StagePhase.ASSESSMENT, List.of(step(MODEL))))), "riskBands", "flow.problem.noRiskClassSource"),
                broken("a rule naming an unknown field", flow -> rules(flow, rule("Adults", RuleAction.AUTO_REJECT, "AGEE", "LESS_THAN", "18")),
                        "rules[0].conditions[0].field", "flow.problem.unknownField"),
                broken("a rule with an unknown operator", flow -> rules(flow, rule("Adults", RuleAction.AUTO_REJECT, "AGE", "BELOW", "18")),
                        "rules[0].conditions[0].operator", "flow.problem.unknownOperator"),
                broken("an ordering operator on a choice", flow -> rules(flow, rule("Risky", RuleAction.AUTO_REJECT, "RISK_CLASS", "LESS_THAN", "HIGH")),
                        "rules[0].conditions[0].operator", "flow.problem.operatorNotForField"),
                broken("a number field compared with text", flow -> rules(flow, rule("Adults", RuleAction.AUTO_REJECT, "AGE", "LESS_THAN", "eighteen")),
                        "rules[0].conditions[0].value", "flow.problem.notANumber"),
                broken("an unknown risk class in a rule", flow -> rules(flow, rule("Risky", RuleAction.AUTO_REJECT, "RISK_CLASS", "IN", "HIGH,EXTREME")),
                        "rules[0].conditions[0].value", "flow.problem.notAChoice"),
                broken("a rule without conditions", flow -> rules(flow, new DecisionRule("Empty", RuleAction.AUTO_APPROVE, null, List.of())),
                        "rules[0].conditions", "flow.problem.noConditions"),
                broken("a rule without an action", flow -> rules(flow, rule("No action", null, "AGE", "LESS_THAN", "18")),
                        "rules[0].action", "flow.problem.actionRequired"),
                broken("overlapping risk bands", flow -> bands(flow, new RiskBand(RiskClass.HIGH, 0, 500), new RiskBand(RiskClass.MEDIUM, 400, 700),
                        new RiskBand(RiskClass.LOW, 701, 1000)), "riskBands", "flow.problem.bandOverlap"),
                broken("risk bands with a gap", flow -> bands(flow, new RiskBand(RiskClass.HIGH, 0, 399), new RiskBand(RiskClass.MEDIUM, 450, 700),
                        new RiskBand(RiskClass.LOW, 701, 1000)), "riskBands", "flow.problem.bandGap"),
                broken("risk bands that stop short of the top score", flow -> bands(flow, new RiskBand(RiskClass.HIGH, 0, 399),
                        new RiskBand(RiskClass.LOW, 400, 900)), "riskBands", "flow.problem.bandGap"),
                broken("a band upside down", flow -> bands(flow, new RiskBand(RiskClass.HIGH, 500, 0), new RiskBand(RiskClass.LOW, 501, 1000)),
                        "riskBands[0]", "flow.problem.bandOutOfRange"),
                broken("no re-review interval for a risk class", flow -> new FlowDefinition(flow.stages(), flow.rules(), flow.riskBands(),
                        Map.of(RiskClass.LOW, 24, RiskClass.MEDIUM, 12), flow.results(), flow.servicePlans(), flow.slaHours(), flow.requiredDocuments()),
                        "reReviewMonths.HIGH", "flow.problem.missingForRiskClass"),
                broken("no result for a risk class", flow -> new FlowDefinition(flow.stages(), flow.rules(), flow.riskBands(), flow.reReviewMonths(),
                        flow.results().subList(0, 2), flow.servicePlans(), flow.slaHours(), flow.requiredDocuments()),
                        "results", "flow.problem.missingForRiskClass"),
                broken("a negative limit multiplier", flow -> new FlowDefinition(flow.stages(), flow.rules(), flow.riskBands(), flow.reReviewMonths(),
                        List.of(flow.results().get(0), flow.results().get(1), new RiskClassResult(RiskClass.HIGH, new BigDecimal("-1"),
                                BigDecimal.TEN, "C")), flow.servicePlans(), flow.slaHours(), flow.requiredDocuments()),
                        "results[2].limitMultiplier", "flow.problem.outOfRange"),
                broken("no plan for every other tier", flow -> new FlowDefinition(flow.stages(), flow.rules(), flow.riskBands(), flow.reReviewMonths(),
                        flow.results(), List.of(new TierPlan("VIP", "Premier")), flow.slaHours(), flow.requiredDocuments()),
                        "servicePlans", "flow.problem.noDefaultPlan"),
                broken("an SLA of zero hours", flow -> new FlowDefinition(flow.stages(), flow.rules(), flow.riskBands(), flow.reReviewMonths(),
                        flow.results(), flow.servicePlans(), new StageSlas(72, 0, 48, 24, 336), flow.requiredDocuments()),
                        "slaHours.verifying", "flow.problem.outOfRange"),
                broken("a required document listed twice", flow -> new FlowDefinition(flow.stages(), flow.rules(), flow.riskBands(), flow.reReviewMonths(),
                        flow.results(), flow.servicePlans(), flow.slaHours(), List.of(DocumentType.PAYSLIP, DocumentType.PAYSLIP)),
                        "requiredDocuments", "flow.problem.documentTwice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFlows")
    void each_problem_names_where_it_is_and_why(String description, UnaryOperator<FlowDefinition> breakIt, String path, String key) {
        List<FieldProblem> problems = FlowValidator.validate(breakIt.apply(FlowFixtures.valid()), FlowFixtures.extensions());

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).contains(org.assertj.core.groups.Tuple.tuple(path, key));
    }

    @Test
    void risk_bands_that_cover_every_score_once_are_accepted_with_a_risk_model() {
        FlowDefinition banded = bands(FlowFixtures.valid(), new RiskBand(RiskClass.HIGH, 0, 499), new RiskBand(RiskClass.MEDIUM, 500, 699),
                new RiskBand(RiskClass.LOW, 700, 1000));

        assertThat(FlowValidator.validate(banded, FlowFixtures.extensions())).isEmpty();
        assertThat(banded.riskClassForScore(699)).contains(RiskClass.MEDIUM);
        assertThat(banded.riskClassForScore(700)).contains(RiskClass.LOW);
    }

    @Test
    void step_consequences_are_free_to_choose() {
        FlowDefinition strict = replaceStep(FlowFixtures.valid(), 0, 1, new FlowStep(SCREENING, Map.of("threshold", "80"), true,
                StepConsequence.MANUAL_REVIEW, StepConsequence.REJECT, StepConsequence.REQUEST_INFORMATION));

        assertThat(FlowValidator.validate(strict, FlowFixtures.extensions())).isEmpty();
        assertThat(strict.stages().get(1).steps()).extracting(FlowStep::extensionKey).containsExactly(MODEL, SEGMENTER);
    }

    private static Arguments broken(String description, UnaryOperator<FlowDefinition> breakIt, String path, String key) {
        return Arguments.of(description, breakIt, path, key);
    }

    private static FlowDefinition stages(FlowDefinition flow, List<FlowStage> stages) {
        return new FlowDefinition(stages, flow.rules(), flow.riskBands(), flow.reReviewMonths(), flow.results(), flow.servicePlans(),
                flow.slaHours(), flow.requiredDocuments());
    }

    private static FlowDefinition replaceStep(FlowDefinition flow, int stage, int index, FlowStep step) {
        List<FlowStage> stages = new ArrayList<>(flow.stages());
        List<FlowStep> steps = new ArrayList<>(stages.get(stage).steps());
        steps.set(index, step);
        stages.set(stage, new FlowStage(stages.get(stage).name(), stages.get(stage).phase(), steps));
        return stages(flow, stages);
    }

    private static FlowDefinition rules(FlowDefinition flow, DecisionRule... rules) {
        return new FlowDefinition(flow.stages(), List.of(rules), flow.riskBands(), flow.reReviewMonths(), flow.results(), flow.servicePlans(),
                flow.slaHours(), flow.requiredDocuments());
    }

    private static FlowDefinition bands(FlowDefinition flow, RiskBand... bands) {
        return new FlowDefinition(flow.stages(), flow.rules(), List.of(bands), flow.reReviewMonths(), flow.results(), flow.servicePlans(),
                flow.slaHours(), flow.requiredDocuments());
    }
}
