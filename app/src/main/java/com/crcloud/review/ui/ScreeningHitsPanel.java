package com.crcloud.review.ui;

import com.crcloud.plugin.api.ScreeningDisposition.Verdict;
import com.crcloud.review.domain.ScreeningHitDecision;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.service.ReviewCaseService.CaseHit;
import com.crcloud.review.service.ScreeningDecisionService;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hits of a case's latest screening with reviewers' decisions on them, and (for those who may decide) the form
 * to mark a hit as a false positive or a confirmed match with a written reason.
 */
class ScreeningHitsPanel extends Div {

    private final ReviewCaseService cases;
    private final ScreeningDecisionService decisions;
    private final TenantTime time;
    private final Runnable afterDecision;
    private final Grid<CaseHit> grid = new Grid<>();
    private final RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();
    private UUID caseId;
    private Map<String, ScreeningHitDecision> decided = Map.of();

    ScreeningHitsPanel(ReviewCaseService cases, ScreeningDecisionService decisions, TenantTime time, Runnable afterDecision) {
        this.cases = cases;
        this.decisions = decisions;
        this.time = time;
        this.afterDecision = afterDecision;
        setId("case-screening-hits");
        setWidthFull();
        grid.setId("screening-hits");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CaseHit::extensionName).setHeader(getTranslation("checks.step")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.hit().listName()).setHeader(getTranslation("screening.list")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.hit().entryName() + " (" + row.hit().entryId() + ")").setHeader(getTranslation("screening.entry"))
                .setFlexGrow(1);
        grid.addColumn(row -> String.format(Locale.ROOT, "%.2f", row.hit().score())).setHeader(getTranslation("screening.score"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::decisionText).setHeader(getTranslation("screening.decision")).setKey("decision").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        verdict.setId("hit-verdict");
        verdict.setLabel(getTranslation("screening.verdict"));
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(value -> getTranslation("screening.verdict." + value.name()));
        reason.setId("hit-reason");
        reason.setLabel(getTranslation("screening.reason"));
        reason.setMaxLength(2000);
        reason.setWidth("32rem");
    }

    /** Shows the case's hits; {@code mayDecide} adds the decision form. */
    void show(UUID shownCase, UUID customerId, boolean mayDecide) {
        caseId = shownCase;
        removeAll();
        List<CaseHit> hits = cases.screeningHits(shownCase);
        if (hits.isEmpty()) {
            return;
        }
        decided = decisions.decisionsOf(customerId).stream().collect(Collectors.toMap(
                decision -> key(decision.getExtensionKey(), decision.getListName(), decision.getEntryId()), Function.identity()));
        grid.setItems(hits);
        add(new H3(getTranslation("screening.title")), grid);
        if (mayDecide) {
            Button save = new Button(getTranslation("screening.save"), click -> save());
            save.setId("save-hit-decision");
            HorizontalLayout form = new HorizontalLayout(verdict, reason, save);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.getStyle().set("flex-wrap", "wrap");
            add(form);
        }
    }

    private void save() {
        CaseHit selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            Problems.showError(getTranslation("screening.error.chooseHit"));
            return;
        }
        try {
            cases.decideHit(caseId, selected.extensionKey(), selected.hit().listName(), selected.hit().entryId(), verdict.getValue(),
                    reason.getValue());
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(this, e));
            return;
        }
        Problems.showSuccess(getTranslation("screening.saved", selected.hit().entryName()));
        verdict.clear();
        reason.clear();
        afterDecision.run();
    }

    private String decisionText(CaseHit row) {
        ScreeningHitDecision decision = decided.get(key(row.extensionKey(), row.hit().listName(), row.hit().entryId()));
        if (decision == null) {
            return "";
        }
        String text = getTranslation("screening.decisionText", getTranslation("screening.verdict." + decision.getVerdict().name()),
                decision.getDecidedBy(), time.format(decision.getDecidedAt(), getLocale()), decision.getReason());
        return decision.getEntryVersion().equals(row.hit().entryVersion()) ? text
                : text + " " + getTranslation("screening.entryChanged", decision.getEntryVersion(), row.hit().entryVersion());
    }

    private static String key(String extensionKey, String listName, String entryId) {
        return extensionKey + "\u0000" + listName + "\u0000" + entryId;
    }
}
