package com.crcloud.designer.ui;

import com.crcloud.flow.domain.FlowStage;
import com.crcloud.flow.domain.StepConsequence;
import com.crcloud.review.service.AutomatedChecksService.FlowStepResult;
import com.crcloud.review.service.FlowTestRun;
import com.crcloud.review.service.FlowVerdict;
import com.crcloud.review.service.ModelFigures;
import com.crcloud.review.service.StepResult;
import com.crcloud.review.ui.StepResultsGrid;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a test run found: missing documents, each stage's step results with what they lead to, the risk class and
 * result, and the verdict with its reasons — after verification when the flow decides there, else after the assessment.
 */
class TestRunResultPanel extends VerticalLayout {

    TestRunResultPanel(FlowTestRun.Result result) {
        setId("test-run-outcome");
        setPadding(false);
        FlowVerdict verdict = result.afterAssessment() != null ? result.afterAssessment() : result.afterVerification();
        add(verdict(verdict));
        if (!result.missingDocuments().isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("designer.testRun.missingDocuments", result.missingDocuments().stream()
                    .map(type -> getTranslation("documentType." + type)).collect(Collectors.joining(", "))));
            missing.setId("test-run-missing-documents");
            add(missing);
        }
        stages(result.verification());
        if (result.afterAssessment() == null) {
            Paragraph stopped = new Paragraph(getTranslation("designer.testRun.decidedAfterVerification"));
            stopped.setId("test-run-stopped");
            add(stopped);
            return;
        }
        stages(result.assessment());
        add(figures(result));
    }

    private Component verdict(FlowVerdict verdict) {
        Div box = new Div();
        box.setId("test-run-verdict");
        Span kind = new Span(getTranslation("designer.verdict." + verdict.kind().name()));
        kind.getElement().getThemeList().add(switch (verdict.kind()) {
            case APPROVE_BY_RULE -> "badge success";
            case REJECT_BY_RULE, REJECT_BY_STEP -> "badge error";
            case MORE_INFO_BY_STEP, NONE -> "badge contrast";
        });
        kind.setId("test-run-verdict-kind");
        box.add(kind);
        if (!verdict.because().isBlank()) {
            box.add(new Paragraph(getTranslation("designer.verdict.because", verdict.because())));
        }
        if (verdict.kind() == FlowVerdict.Kind.NONE || verdict.fourEyes()) {
            Paragraph fourEyes = new Paragraph(getTranslation(verdict.fourEyes() ? "designer.verdict.fourEyes" : "designer.verdict.onePerson"));
            fourEyes.setId("test-run-four-eyes");
            box.add(fourEyes);
        }
        if (!verdict.manual().isEmpty()) {
            box.add(new Paragraph(getTranslation("designer.verdict.manual", String.join(", ", verdict.manual()))));
        }
        return box;
    }

    /** The steps grouped by stage, in the order they ran, each with what its status leads to. */
    private void stages(List<FlowStepResult> ran) {
        Map<FlowStage, List<FlowStepResult>> byStage = new LinkedHashMap<>();
        ran.forEach(item -> byStage.computeIfAbsent(item.stage(), stage -> new ArrayList<>()).add(item));
        byStage.forEach((stage, items) -> {
            Map<StepResult, StepConsequence> leadsTo = new IdentityHashMap<>();
            items.forEach(item -> leadsTo.put(item.result(), item.step().consequenceOf(item.result().status())));
            StepResultsGrid grid = new StepResultsGrid();
            grid.addColumn(result -> getTranslation("flow.consequence." + leadsTo.get(result).name()))
                    .setHeader(getTranslation("designer.testRun.leadsTo")).setAutoWidth(true).setFlexGrow(0);
            grid.setItems(items.stream().map(FlowStepResult::result).toList());
            grid.setId("test-run-stage-" + stage.name());
            add(new H4(getTranslation("designer.testRun.stage", stage.name(), getTranslation("flow.phase." + stage.phase().name()))), grid);
        });
    }

    private Component figures(FlowTestRun.Result result) {
        ModelFigures figures = result.figures();
        Div box = new Div();
        box.setId("test-run-figures");
        box.add(line("designer.testRun.riskClass", figures.riskClass() == null ? getTranslation("designer.testRun.none")
                : getTranslation("risk." + figures.riskClass().name())));
        box.add(line("designer.testRun.score", figures.score() == null ? getTranslation("designer.testRun.none")
                : figures.score() + (figures.probabilityOfDefault() == null ? ""
                : String.format(Locale.ROOT, " (PD %.1f%%)", figures.probabilityOfDefault() * 100))));
        box.add(line("designer.testRun.tier", figures.tier() == null ? getTranslation("designer.testRun.none") : figures.tier()));
        box.add(line("designer.testRun.creditLimit", result.creditLimit() == null ? getTranslation("designer.testRun.none")
                : result.creditLimit().toPlainString() + " " + result.currency()));
        box.add(line("designer.testRun.pricingBand", result.pricingBand() == null ? getTranslation("designer.testRun.none") : result.pricingBand()));
        box.add(line("designer.testRun.servicePlan", result.servicePlan() == null ? getTranslation("designer.testRun.none") : result.servicePlan()));
        return box;
    }

    private Paragraph line(String key, String value) {
        Paragraph line = new Paragraph(getTranslation(key, value));
        line.setId(key.replace("designer.testRun.", "test-run-").replace('.', '-'));
        return line;
    }
}
