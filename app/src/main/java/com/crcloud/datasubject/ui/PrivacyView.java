package com.crcloud.datasubject.ui;

import com.crcloud.datasubject.domain.RetentionPolicy;
import com.crcloud.datasubject.domain.RetentionRun;
import com.crcloud.datasubject.service.ErasureService;
import com.crcloud.datasubject.service.RetentionService;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The tenant's privacy work: erasure requests awaiting a decision (decided here or on the customer's page), the
 * retention period (tenant administrators set it) and the reports of retention runs.
 */
@Route(value = Paths.PRIVACY, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    private final RetentionService retention;
    private final TenantTime time;
    private final IntegerField years = Fields.labelled(new IntegerField(), "retention-years", "retentionPolicy.yearsAfterLastCase");
    private final TextField reason = Fields.labelled(new TextField(), "change-reason", "audit.reason");
    private final Paragraph current = new Paragraph();
    private final Grid<RetentionRun> runs = new Grid<>();

    public PrivacyView(ErasureService erasures, RetentionService retention, CurrentUser currentUser, TenantTime time) {
        this.retention = retention;
        this.time = time;
        boolean admin = currentUser.require().hasRole(Role.TENANT_ADMIN);
        boolean mayAct = admin || currentUser.require().hasRole(Role.COMPLIANCE_OFFICER);

        ErasureRequestGrid pending = new ErasureRequestGrid("pending-erasure-requests", erasures, time, mayAct, true,
                erasures::pending, () -> { });

        years.setMin(RetentionPolicy.MIN_YEARS);
        years.setMax(RetentionPolicy.MAX_YEARS);
        years.setStepButtonsVisible(true);
        years.setReadOnly(!admin);
        reason.setMaxLength(1000);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-retention-years");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(years, reason, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        reason.setVisible(admin);
        save.setVisible(admin);
        current.setId("retention-years-current");

        Button runNow = new Button(getTranslation("privacy.retention.runNow"), click -> runNow());
        runNow.setId("run-retention");
        runNow.setVisible(mayAct);

        runs.setId("retention-runs");
        runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.addColumn(run -> time.format(run.getRanAt(), getLocale())).setHeader(getTranslation("retentionRun.ranAt")).setAutoWidth(true);
        runs.addColumn(run -> time.format(run.getCutoff(), getLocale())).setHeader(getTranslation("retentionRun.cutoff")).setAutoWidth(true);
        runs.addColumn(RetentionRun::getErasedCount).setHeader(getTranslation("retentionRun.erasedCount")).setAutoWidth(true);
        runs.addColumn(RetentionRun::getSkippedOpen).setHeader(getTranslation("retentionRun.skippedOpen")).setAutoWidth(true);
        runs.addColumn(run -> String.join(", ", run.getErasedRefs())).setHeader(getTranslation("retentionRun.erasedRefs")).setFlexGrow(1);
        runs.setAllRowsVisible(true);

        add(new H2(getTranslation("privacy.title")),
                new H3(getTranslation("privacy.erasure.pending")), pending,
                new H3(getTranslation("privacy.retention.title")), new Paragraph(getTranslation("privacy.retention.help")),
                current, form, runNow, runs);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }

    private void show() {
        retention.yearsAfterLastCase().ifPresentOrElse(value -> {
            years.setValue(value);
            current.setText(getTranslation("privacy.retention.kept", value));
        }, () -> current.setText(getTranslation("privacy.retention.none")));
        runs.setItems(retention.recentRuns());
    }

    private void save() {
        if (years.getValue() == null || years.isInvalid()) {
            years.setInvalid(true);
            years.setErrorMessage(getTranslation("privacy.retention.error.range", RetentionPolicy.MIN_YEARS, RetentionPolicy.MAX_YEARS));
            return;
        }
        try {
            retention.setYearsAfterLastCase(years.getValue(), reason.getValue());
            reason.clear();
            years.setInvalid(false);
            show();
            Problems.showSuccess(getTranslation("privacy.retention.saved"));
        } catch (UserFacingException e) {
            years.setInvalid(true);
            years.setErrorMessage(Problems.message(this, e));
        }
    }

    private void runNow() {
        retention.run().ifPresentOrElse(
                run -> Problems.showSuccess(getTranslation("privacy.retention.ran", run.getErasedCount(), run.getSkippedOpen())),
                () -> Problems.showError(getTranslation("privacy.retention.none")));
        show();
    }
}
