package com.crcloud.review.ui;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.FactorContribution;
import com.crcloud.review.service.StepResult;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;

import java.util.Locale;

/** Automated step results side by side: status, summary, explanation, time, and the factors behind each. */
public class StepResultsGrid extends Grid<StepResult> {

    public StepResultsGrid() {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(StepResult::extensionName).setHeader(getTranslation("checks.step")).setAutoWidth(true).setFlexGrow(0);
        addColumn(result -> getTranslation("extensions.kind." + result.kind().name())).setHeader(getTranslation("extensions.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        // A renderer, not a component column: a badge component per row would be held on the server for every open UI.
        addColumn(LitRenderer.<StepResult>of("<span theme=\"${item.theme}\">${item.status}</span>")
                        .withProperty("theme", result -> statusTheme(result.status()))
                        .withProperty("status", result -> getTranslation("checks.status." + result.status().name())))
                .setHeader(getTranslation("checks.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        addColumn(StepResult::summary).setHeader(getTranslation("checks.summary")).setFlexGrow(1);
        addColumn(StepResult::explanation).setHeader(getTranslation("checks.explanation")).setFlexGrow(2);
        addColumn(result -> result.millis() + " ms").setHeader(getTranslation("checks.duration")).setAutoWidth(true).setFlexGrow(0);
        setItemDetailsRenderer(new ComponentRenderer<>(this::factors));
        setAllRowsVisible(true);
    }

    private static String statusTheme(CheckOutcome status) {
        return switch (status) {
            case PASS -> "badge success";
            case WARN -> "badge";
            case FAIL, ERROR -> "badge error";
        };
    }

    private Component factors(StepResult result) {
        VerticalLayout details = new VerticalLayout();
        details.setPadding(false);
        if (!result.reasonCodes().isEmpty()) {
            details.add(new Span(getTranslation("checks.reasonCodes") + ": " + String.join(", ", result.reasonCodes())));
        }
        for (FactorContribution factor : result.factors()) {
            details.add(new Span(String.format(Locale.ROOT, "%s = %s  (%+.2f)  %s", factor.factor(), factor.value(),
                    factor.contribution(), factor.explanation())));
        }
        return details;
    }
}
