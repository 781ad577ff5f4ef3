package com.crcloud.review.ui;

import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.service.CaseProposal;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.Set;

/** Outcome, the reason codes that belong to it, and a note: what a reviewer or approver decides. */
class DecisionForm extends VerticalLayout {

    private final RadioButtonGroup<DecisionOutcome> outcome = new RadioButtonGroup<>();
    private final CheckboxGroup<DecisionReason> reasons = new CheckboxGroup<>();
    private final TextArea note = new TextArea();

    DecisionForm(List<DecisionOutcome> outcomes) {
        setPadding(false);
        outcome.setId("decision-outcome");
        outcome.setLabel(getTranslation("case.outcome"));
        outcome.setItems(outcomes);
        outcome.setItemLabelGenerator(value -> getTranslation("outcome." + value.name()));
        reasons.setId("decision-reasons");
        reasons.setLabel(getTranslation("case.reasons"));
        reasons.setItemLabelGenerator(reason -> getTranslation("reason." + reason.name()));
        outcome.addValueChangeListener(event -> {
            reasons.setItems(event.getValue() == null ? List.of() : DecisionReason.forOutcome(event.getValue()));
            reasons.clear();
        });
        note.setId("decision-note");
        note.setLabel(getTranslation("case.note"));
        note.setMaxLength(2000);
        note.setWidth("32rem");
        add(outcome, reasons, note);
    }

    void prefill(DecisionOutcome proposed, List<DecisionReason> proposedReasons, String text) {
        outcome.setValue(proposed);
        reasons.setValue(Set.copyOf(proposedReasons));
        note.setValue(text == null ? "" : text);
    }

    CaseProposal proposal() {
        return new CaseProposal(outcome.getValue(),
                reasons.getValue().stream().sorted().toList(), note.getValue().isBlank() ? null : note.getValue().trim());
    }
}
