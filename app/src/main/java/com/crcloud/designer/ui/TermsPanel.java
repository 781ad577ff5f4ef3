package com.crcloud.designer.ui;

import com.crcloud.customer.domain.DocumentType;
import com.crcloud.flow.domain.RiskBand;
import com.crcloud.flow.domain.RiskClassResult;
import com.crcloud.flow.domain.StageSlas;
import com.crcloud.flow.domain.TierPlan;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.ui.Fields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a decision applies and when: risk bands, the result per risk class, service plans per tier, SLA hours per
 * stage, re-review months per risk class and the documents required before verification. Every field writes into
 * the draft as it changes; an emptied whole-number field counts as 0, which validation refuses where it matters.
 */
class TermsPanel extends VerticalLayout {

    private final Draft draft;
    private final boolean editable;
    private final VerticalLayout bands = new VerticalLayout();
    private final VerticalLayout plans = new VerticalLayout();

    TermsPanel(Draft draft, boolean editable) {
        this.draft = draft;
        this.editable = editable;
        setPadding(false);
        bands.setPadding(false);
        bands.setId("risk-bands");
        plans.setPadding(false);
        plans.setId("service-plans");

        add(new H3(getTranslation("designer.bands")), new Paragraph(getTranslation("designer.bands.help")), bands,
                new H3(getTranslation("designer.results")), results(),
                new H3(getTranslation("designer.plans")), new Paragraph(getTranslation("designer.plans.help")), plans,
                new H3(getTranslation("designer.sla")), slas(),
                new H3(getTranslation("designer.reReview")), reReview(),
                new H3(getTranslation("designer.documents")), documents());
        refreshBands();
        refreshPlans();
    }

    private void refreshBands() {
        bands.removeAll();
        List<RiskBand> current = draft.get().riskBands();
        for (int index = 0; index < current.size(); index++) {
            int at = index;
            RiskBand band = current.get(index);
            Select<RiskClass> riskClass = riskClassSelect("band-class-" + index);
            riskClass.setValue(band.riskClass());
            IntegerField min = Fields.labelled(new IntegerField(), "band-min-" + index, "designer.bands.min");
            min.setValue(band.minScore());
            IntegerField max = Fields.labelled(new IntegerField(), "band-max-" + index, "designer.bands.max");
            max.setValue(band.maxScore());
            Runnable write = () -> draft.riskBands(Draft.replaced(draft.get().riskBands(), at,
                    new RiskBand(riskClass.getValue(), orZero(min.getValue()), orZero(max.getValue()))));
            riskClass.addValueChangeListener(event -> write.run());
            min.addValueChangeListener(event -> write.run());
            max.addValueChangeListener(event -> write.run());
            bands.add(row(at, "band-remove-", () -> {
                draft.riskBands(Draft.removed(draft.get().riskBands(), at));
                refreshBands();
            }, riskClass, min, max));
        }
        if (editable) {
            Button add = new Button(getTranslation("designer.bands.add"), VaadinIcon.PLUS.create(), click -> {
                draft.riskBands(Draft.added(draft.get().riskBands(), new RiskBand(RiskClass.LOW, 0, 0)));
                refreshBands();
            });
            add.setId("add-band");
            bands.add(add);
        }
    }

    private void refreshPlans() {
        plans.removeAll();
        List<TierPlan> current = draft.get().servicePlans();
        for (int index = 0; index < current.size(); index++) {
            int at = index;
            TextField tier = Fields.labelled(new TextField(), "plan-tier-" + index, "designer.plans.tier");
            tier.setValue(nullToEmpty(current.get(index).tier()));
            tier.setMaxLength(40);
            TextField plan = Fields.labelled(new TextField(), "plan-name-" + index, "designer.plans.plan");
            plan.setValue(nullToEmpty(current.get(index).servicePlan()));
            plan.setMaxLength(80);
            Runnable write = () -> draft.servicePlans(Draft.replaced(draft.get().servicePlans(), at,
                    new TierPlan(tier.getValue().trim(), plan.getValue().trim())));
            tier.addValueChangeListener(event -> write.run());
            plan.addValueChangeListener(event -> write.run());
            plans.add(row(at, "plan-remove-", () -> {
                draft.servicePlans(Draft.removed(draft.get().servicePlans(), at));
                refreshPlans();
            }, tier, plan));
        }
        if (editable) {
            Button add = new Button(getTranslation("designer.plans.add"), VaadinIcon.PLUS.create(), click -> {
                draft.servicePlans(Draft.added(draft.get().servicePlans(), new TierPlan("", "")));
                refreshPlans();
            });
            add.setId("add-plan");
            plans.add(add);
        }
    }

    /** One row per risk class: the multiplier, the cap and the pricing band; a row left empty is no result. */
    private Component results() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        for (RiskClass riskClass : RiskClass.values()) {
            Optional<RiskClassResult> current = draft.get().results().stream().filter(result -> result.riskClass() == riskClass).findFirst();
            BigDecimalField multiplier = new BigDecimalField(getTranslation("designer.results.multiplier", getTranslation("risk." + riskClass.name())));
            multiplier.setId("result-multiplier-" + riskClass.name());
            multiplier.setValue(current.map(RiskClassResult::limitMultiplier).orElse(null));
            BigDecimalField cap = new BigDecimalField(getTranslation("designer.results.cap", getTranslation("risk." + riskClass.name())));
            cap.setId("result-cap-" + riskClass.name());
            cap.setValue(current.map(RiskClassResult::limitCap).orElse(null));
            TextField band = new TextField(getTranslation("designer.results.pricingBand", getTranslation("risk." + riskClass.name())));
            band.setId("result-band-" + riskClass.name());
            band.setMaxLength(40);
            band.setValue(current.map(RiskClassResult::pricingBand).map(TermsPanel::nullToEmpty).orElse(""));
            Runnable write = () -> {
                List<RiskClassResult> next = new ArrayList<>(draft.get().results().stream()
                        .filter(result -> result.riskClass() != riskClass).toList());
                if (multiplier.getValue() != null || cap.getValue() != null || !band.getValue().isBlank()) {
                    next.add(new RiskClassResult(riskClass, multiplier.getValue(), cap.getValue(), band.getValue().trim()));
                }
                next.sort((a, b) -> a.riskClass().compareTo(b.riskClass()));
                draft.results(next);
            };
            multiplier.addValueChangeListener(event -> write.run());
            cap.addValueChangeListener(event -> write.run());
            band.addValueChangeListener(event -> write.run());
            readOnly(multiplier, cap, band);
            form.add(multiplier, cap, band);
        }
        return form;
    }

    private Component slas() {
        StageSlas current = draft.get().slaHours();
        IntegerField collecting = hours("sla-collecting", "policy.slaHoursCollecting", current.collecting());
        IntegerField verifying = hours("sla-verifying", "policy.slaHoursVerifying", current.verifying());
        IntegerField assessing = hours("sla-assessing", "policy.slaHoursAssessing", current.assessing());
        IntegerField approval = hours("sla-approval", "policy.slaHoursApproval", current.approval());
        IntegerField moreInfo = hours("sla-more-info", "policy.slaHoursMoreInfo", current.moreInfo());
        List<IntegerField> all = List.of(collecting, verifying, assessing, approval, moreInfo);
        all.forEach(field -> field.addValueChangeListener(event -> draft.slaHours(new StageSlas(orZero(collecting.getValue()),
                orZero(verifying.getValue()), orZero(assessing.getValue()), orZero(approval.getValue()), orZero(moreInfo.getValue())))));
        FormLayout form = new FormLayout(collecting, verifying, assessing, approval, moreInfo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 5));
        return form;
    }

    private Component reReview() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        Map<RiskClass, IntegerField> fields = new EnumMap<>(RiskClass.class);
        for (RiskClass riskClass : RiskClass.values()) {
            IntegerField months = new IntegerField(getTranslation("risk." + riskClass.name()));
            months.setId("re-review-" + riskClass.name());
            months.setSuffixComponent(new Span(getTranslation("policy.months")));
            months.setValue(draft.get().reReviewMonths().get(riskClass));
            fields.put(riskClass, months);
            readOnly(months);
            form.add(months);
        }
        fields.values().forEach(field -> field.addValueChangeListener(event -> {
            Map<RiskClass, Integer> next = new EnumMap<>(RiskClass.class);
            fields.forEach((riskClass, months) -> {
                if (months.getValue() != null) {
                    next.put(riskClass, months.getValue());
                }
            });
            draft.reReviewMonths(next);
        }));
        return form;
    }

    private Component documents() {
        MultiSelectComboBox<DocumentType> documents = Fields.labelled(new MultiSelectComboBox<>(), "required-documents", "designer.documents.required");
        documents.setItems(DocumentType.values());
        documents.setItemLabelGenerator(type -> getTranslation("documentType." + type.name()));
        documents.setValue(new LinkedHashSet<>(draft.get().requiredDocuments()));
        documents.setWidth("36rem");
        documents.addValueChangeListener(event -> draft.requiredDocuments(
                Arrays.stream(DocumentType.values()).filter(event.getValue()::contains).toList()));
        readOnly(documents);
        return documents;
    }

    private Component row(int index, String removeId, Runnable remove, Component... fields) {
        HorizontalLayout row = new HorizontalLayout(fields);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        for (Component field : fields) {
            readOnly((HasValue<?, ?>) field);
        }
        if (editable) {
            Button button = new Button(VaadinIcon.TRASH.create(), click -> remove.run());
            button.setId(removeId + index);
            button.setAriaLabel(getTranslation("action.remove"));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            row.add(button);
        }
        return row;
    }

    private Select<RiskClass> riskClassSelect(String id) {
        Select<RiskClass> select = Fields.labelled(new Select<>(), id, "designer.bands.riskClass");
        select.setItems(RiskClass.values());
        select.setItemLabelGenerator(value -> getTranslation("risk." + value.name()));
        return select;
    }

    private IntegerField hours(String id, String labelKey, int value) {
        IntegerField field = Fields.labelled(new IntegerField(), id, labelKey);
        field.setValue(value);
        field.setSuffixComponent(new Span(getTranslation("policy.hours")));
        readOnly(field);
        return field;
    }

    private void readOnly(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.setReadOnly(!editable);
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
