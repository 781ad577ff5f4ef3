package com.crcloud.review.service;

import com.crcloud.flow.domain.CaseFacts;
import com.crcloud.flow.domain.DecisionRule;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.RuleAction;
import com.crcloud.flow.domain.StagePhase;
import com.crcloud.flow.domain.StepConsequence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the flow decides once a phase's steps ran: a step result that rejects or asks for information decides at
 * once; after the assessment an auto-reject rule rejects, and an auto-approve rule approves unless something asks
 * for a person (a step's MANUAL_REVIEW in this or the verification run, a four-eyes rule, no risk class).
 *
 * @param because   the step results or rule names that decided, for the case's note; empty when nothing decided
 * @param fourEyes  whether an approval would need a second person (known after the assessment)
 * @param manual    the step results that ask for a person, if any
 */
public record FlowVerdict(Kind kind, String because, boolean fourEyes, List<String> manual) {

    public enum Kind { NONE, REJECT_BY_STEP, MORE_INFO_BY_STEP, REJECT_BY_RULE, APPROVE_BY_RULE }

    /**
     * @param ran     this run's steps with their results
     * @param earlier consequences of the latest verification run, when judging an assessment run
     * @param facts   the case's facts after the run (used after the assessment only)
     */
    static FlowVerdict of(FlowDefinition flow, StagePhase phase, List<AutomatedChecksService.FlowStepResult> ran,
                          List<StepConsequence> earlier, CaseFacts facts) {
        List<StepConsequence> consequences = new ArrayList<>(earlier);
        ran.forEach(item -> consequences.add(item.step().consequenceOf(item.result().status())));
        StepConsequence strongest = consequences.stream().max(Comparator.naturalOrder()).orElse(StepConsequence.CONTINUE);
        List<String> manual = ran.stream().filter(item -> item.step().consequenceOf(item.result().status()) == StepConsequence.MANUAL_REVIEW)
                .map(FlowVerdict::describe).toList();
        String byStep = ran.stream().filter(item -> item.step().consequenceOf(item.result().status()) == strongest)
                .map(FlowVerdict::describe).collect(Collectors.joining(", "));
        if (strongest == StepConsequence.REJECT) {
            return new FlowVerdict(Kind.REJECT_BY_STEP, byStep, false, manual);
        }
        if (strongest == StepConsequence.REQUEST_INFORMATION) {
            return new FlowVerdict(Kind.MORE_INFO_BY_STEP, byStep, false, manual);
        }
        if (phase != StagePhase.ASSESSMENT) {
            return new FlowVerdict(Kind.NONE, "", false, manual);
        }
        boolean fourEyes = ReviewResultRules.needsFourEyes(flow, facts);
        List<DecisionRule> rejecting = flow.matching(RuleAction.AUTO_REJECT, facts);
        if (!rejecting.isEmpty()) {
            return new FlowVerdict(Kind.REJECT_BY_RULE, names(rejecting), fourEyes, manual);
        }
        List<DecisionRule> approving = flow.matching(RuleAction.AUTO_APPROVE, facts);
        if (!approving.isEmpty() && strongest == StepConsequence.CONTINUE && !fourEyes) {
            return new FlowVerdict(Kind.APPROVE_BY_RULE, names(approving), false, manual);
        }
        return new FlowVerdict(Kind.NONE, "", fourEyes, manual);
    }

    public boolean decides() {
        return kind != Kind.NONE;
    }

    private static String describe(AutomatedChecksService.FlowStepResult item) {
        return item.result().extensionName() + " " + item.result().status();
    }

    private static String names(List<DecisionRule> rules) {
        return rules.stream().map(rule -> "'" + rule.name() + "'").collect(Collectors.joining(", "));
    }
}
