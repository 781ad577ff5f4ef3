package com.crcloud.designer.ui;

import com.crcloud.flow.domain.FlowStage;
import com.crcloud.flow.domain.FlowStep;
import com.crcloud.flow.domain.StagePhase;
import com.crcloud.pluginhost.service.TenantExtension;
import com.crcloud.ui.Fields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;

/**
 * The stages as a horizontal sequence of cards, in the order they run. A card is dragged onto another to move it
 * there; the arrow buttons do the same from the keyboard. Each card holds its steps, offered from the tenant's
 * enabled extensions of the kinds that fit the stage's phase.
 */
class StageBoard extends HorizontalLayout {

    private final Draft draft;
    private final StepCatalogue catalogue;
    private final boolean editable;

    StageBoard(Draft draft, StepCatalogue catalogue, boolean editable) {
        this.draft = draft;
        this.catalogue = catalogue;
        this.editable = editable;
        setId("stage-board");
        addClassName("flow-stage-board");
        setAlignItems(FlexComponent.Alignment.STRETCH);
        refresh();
    }

    void refresh() {
        removeAll();
        List<FlowStage> stages = draft.get().stages();
        for (int index = 0; index < stages.size(); index++) {
            if (index > 0) {
                Span arrow = new Span(VaadinIcon.ARROW_RIGHT.create());
                arrow.addClassName("flow-stage-arrow");
                add(arrow);
            }
            add(card(stages.get(index), index, stages.size()));
        }
        if (editable) {
            Button addStage = new Button(getTranslation("designer.stage.add"), VaadinIcon.PLUS.create(), click -> {
                draft.stages(Draft.added(draft.get().stages(), new FlowStage(
                        getTranslation("designer.stage.newName", draft.get().stages().size() + 1), StagePhase.VERIFICATION, List.of())));
                refresh();
            });
            addStage.setId("add-stage");
            add(addStage);
        }
    }

    private Component card(FlowStage stage, int index, int count) {
        VerticalLayout card = new VerticalLayout();
        card.setId("stage-" + index);
        card.addClassName("flow-stage-card");
        card.setWidth("19rem");
        card.setSpacing(false);

        TextField name = Fields.labelled(new TextField(), "stage-name-" + index, "designer.stage.name");
        name.setValue(stage.name() == null ? "" : stage.name());
        name.setMaxLength(100);
        name.setWidthFull();
        name.setReadOnly(!editable);
        name.addValueChangeListener(event -> updateStage(index,
                new FlowStage(event.getValue(), stageAt(index).phase(), stageAt(index).steps())));

        Select<StagePhase> phase = Fields.labelled(new Select<>(), "stage-phase-" + index, "designer.stage.phase");
        phase.setItems(StagePhase.values());
        phase.setItemLabelGenerator(value -> getTranslation("flow.phase." + value.name()));
        phase.setValue(stage.phase());
        phase.setWidthFull();
        phase.setReadOnly(!editable);
        phase.addValueChangeListener(event -> {
            updateStage(index, new FlowStage(stageAt(index).name(), event.getValue(), stageAt(index).steps()));
            refresh(); // the steps offered depend on the phase
        });
        card.add(name, phase);

        List<FlowStep> steps = stage.steps();
        if (steps.isEmpty()) {
            Span empty = new Span(getTranslation("designer.stage.noSteps"));
            empty.addClassName("flow-stage-empty");
            card.add(empty);
        }
        for (int position = 0; position < steps.size(); position++) {
            card.add(stepRow(index, position, steps.get(position), steps.size()));
        }

        if (editable) {
            Select<TenantExtension> addStep = new Select<>();
            addStep.setId("add-step-" + index);
            addStep.setLabel(getTranslation("designer.step.add"));
            addStep.setItems(catalogue.offeredFor(stage.phase()));
            addStep.setItemLabelGenerator(item -> item.extension().name(getLocale()));
            addStep.setWidthFull();
            addStep.addValueChangeListener(event -> {
                if (event.getValue() != null) {
                    TenantExtension extension = event.getValue();
                    FlowStep fresh = new FlowStep(extension.extension().key(), Map.of(), false, null, null, null);
                    new StepDialog(extension.extension().name(getLocale()), extension.extension().key(), extension, fresh, true,
                            step -> {
                                updateStage(index, withSteps(stageAt(index), Draft.added(stageAt(index).steps(), step)));
                                refresh();
                            }).open();
                    addStep.clear();
                }
            });
            card.add(addStep, stageTools(index, count));

            DragSource<VerticalLayout> dragSource = DragSource.create(card);
            dragSource.setDragData(index);
            DropTarget<VerticalLayout> dropTarget = DropTarget.create(card);
            dropTarget.setDropEffect(DropEffect.MOVE);
            dropTarget.addDropListener(event -> event.getDragData().ifPresent(data -> moveStage((Integer) data, index)));
        }
        return card;
    }

    private Component stepRow(int stageIndex, int position, FlowStep step, int count) {
        String name = catalogue.name(step.extensionKey(), getLocale());
        Button open = new Button(name, click -> new StepDialog(name, step.extensionKey(), catalogue.find(step.extensionKey()).orElse(null),
                step, editable, changed -> {
                    updateStage(stageIndex, withSteps(stageAt(stageIndex), Draft.replaced(stageAt(stageIndex).steps(), position, changed)));
                    refresh();
                }).open());
        open.setId("step-" + stageIndex + "-" + position);
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(open);
        row.addClassName("flow-step");
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setSpacing(false);
        if (step.blocking()) {
            Span blocking = new Span(getTranslation("designer.step.blocking.badge"));
            blocking.getElement().getThemeList().add("badge contrast small");
            row.add(blocking);
        }
        if (catalogue.find(step.extensionKey()).filter(TenantExtension::enabled).isEmpty()) {
            Span unavailable = new Span(getTranslation("designer.step.unavailable"));
            unavailable.getElement().getThemeList().add("badge error small");
            row.add(unavailable);
        }
        row.expand(open);
        if (editable) {
            row.add(
                    icon(VaadinIcon.ARROW_UP, "step-up-" + stageIndex + "-" + position, "designer.step.up", position > 0,
                            () -> updateSteps(stageIndex, Draft.moved(stageAt(stageIndex).steps(), position, -1))),
                    icon(VaadinIcon.ARROW_DOWN, "step-down-" + stageIndex + "-" + position, "designer.step.down", position < count - 1,
                            () -> updateSteps(stageIndex, Draft.moved(stageAt(stageIndex).steps(), position, 1))),
                    icon(VaadinIcon.TRASH, "step-remove-" + stageIndex + "-" + position, "designer.step.remove", true,
                            () -> updateSteps(stageIndex, Draft.removed(stageAt(stageIndex).steps(), position))));
        }
        return row;
    }

    private Component stageTools(int index, int count) {
        HorizontalLayout tools = new HorizontalLayout(
                icon(VaadinIcon.ARROW_LEFT, "stage-left-" + index, "designer.stage.left", index > 0, () -> moveStage(index, index - 1)),
                icon(VaadinIcon.ARROW_RIGHT, "stage-right-" + index, "designer.stage.right", index < count - 1, () -> moveStage(index, index + 1)),
                icon(VaadinIcon.TRASH, "stage-remove-" + index, "designer.stage.remove", true, () -> {
                    draft.stages(Draft.removed(draft.get().stages(), index));
                    refresh();
                }));
        tools.setSpacing(false);
        return tools;
    }

    private Button icon(VaadinIcon icon, String id, String labelKey, boolean enabled, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.setId(id);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setEnabled(enabled);
        return button;
    }

    void moveStage(int from, int to) {
        if (from != to) {
            draft.stages(Draft.moved(draft.get().stages(), from, to - from));
            refresh();
        }
    }

    private FlowStage stageAt(int index) {
        return draft.get().stages().get(index);
    }

    private void updateStage(int index, FlowStage stage) {
        draft.stages(Draft.replaced(draft.get().stages(), index, stage));
    }

    private void updateSteps(int index, List<FlowStep> steps) {
        updateStage(index, withSteps(stageAt(index), steps));
        refresh();
    }

    private static FlowStage withSteps(FlowStage stage, List<FlowStep> steps) {
        return new FlowStage(stage.name(), stage.phase(), steps);
    }
}
