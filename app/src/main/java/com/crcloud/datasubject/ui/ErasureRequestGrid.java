package com.crcloud.datasubject.ui;

import com.crcloud.datasubject.domain.ErasureRequest;
import com.crcloud.datasubject.domain.ErasureStatus;
import com.crcloud.datasubject.service.ErasureService;
import com.crcloud.layout.Paths;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.function.Supplier;

/**
 * Erasure requests with their steps, and for those who may decide: approve (which executes), reject with a note,
 * or execute again an approved request whose execution was refused. The service enforces the four eyes.
 */
class ErasureRequestGrid extends Grid<ErasureRequest> {

    private final ErasureService erasures;
    private final Supplier<List<ErasureRequest>> source;
    private final Runnable afterChange;

    ErasureRequestGrid(String id, ErasureService erasures, TenantTime time, boolean mayDecide, boolean showCustomer,
                       Supplier<List<ErasureRequest>> source, Runnable afterChange) {
        this.erasures = erasures;
        this.source = source;
        this.afterChange = afterChange;
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(request -> time.format(request.getRequestedAt(), getLocale())).setHeader(getTranslation("erasureRequest.requestedAt")).setAutoWidth(true);
        if (showCustomer) {
            addComponentColumn(request -> {
                Anchor customer = new Anchor(Paths.CUSTOMERS + "/" + request.getCustomerId() + "/" + Paths.CUSTOMER_PRIVACY,
                        request.getPseudonym() != null ? request.getPseudonym() : request.getCustomerId().toString().substring(0, 8));
                customer.getElement().setAttribute("router-link", true);
                return customer;
            }).setHeader(getTranslation("erasureRequest.customerId")).setAutoWidth(true);
        }
        addColumn(request -> getTranslation("privacy.erasure.basis." + request.getBasis().name())).setHeader(getTranslation("erasureRequest.basis")).setAutoWidth(true);
        addColumn(request -> getTranslation("privacy.erasure.status." + request.getStatus().name()))
                .setHeader(getTranslation("erasureRequest.status")).setAutoWidth(true).setKey("status");
        addColumn(ErasureRequest::getRequestedBy).setHeader(getTranslation("erasureRequest.requestedBy")).setAutoWidth(true);
        addColumn(ErasureRequest::getReason).setHeader(getTranslation("erasureRequest.reason")).setFlexGrow(1);
        addColumn(request -> request.getDecidedBy() == null ? "" : request.getDecidedBy()
                + (request.getDecisionNote() == null ? "" : ": " + request.getDecisionNote()))
                .setHeader(getTranslation("erasureRequest.decidedBy")).setFlexGrow(1);
        addColumn(request -> request.getExecutionSummary() == null ? "" : request.getExecutionSummary())
                .setHeader(getTranslation("erasureRequest.executionSummary")).setFlexGrow(2);
        if (mayDecide) {
            addComponentColumn(this::actions).setHeader(getTranslation("privacy.erasure.decide")).setKey("actions").setAutoWidth(true);
        }
        setAllRowsVisible(true);
        refresh();
    }

    void refresh() {
        setItems(source.get());
    }

    private HorizontalLayout actions(ErasureRequest request) {
        HorizontalLayout actions = new HorizontalLayout();
        if (request.getStatus() == ErasureStatus.REQUESTED) {
            TextField note = new TextField();
            note.setId("erasure-note-" + request.getId());
            note.setPlaceholder(getTranslation("erasureRequest.decisionNote"));
            Button approve = new Button(getTranslation("privacy.erasure.approve"),
                    click -> act(() -> erasures.approve(request.getId(), request.getVersion(), note.getValue()), "privacy.erasure.executed"));
            approve.setId("approve-erasure-" + request.getId());
            approve.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            Button reject = new Button(getTranslation("privacy.erasure.reject"),
                    click -> act(() -> erasures.reject(request.getId(), request.getVersion(), note.getValue()), "privacy.erasure.rejected"));
            reject.setId("reject-erasure-" + request.getId());
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(note, approve, reject);
        } else if (request.getStatus() == ErasureStatus.APPROVED) {
            Button execute = new Button(getTranslation("privacy.erasure.execute"),
                    click -> act(() -> erasures.execute(request.getId()), "privacy.erasure.executed"));
            execute.setId("execute-erasure-" + request.getId());
            execute.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            actions.add(execute);
        }
        return actions;
    }

    private void act(Runnable command, String successKey) {
        try {
            command.run();
            Problems.showSuccess(getTranslation(successKey));
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(this, e));
        }
        refresh();
        afterChange.run();
    }
}
