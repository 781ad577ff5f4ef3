package com.crcloud.audit.ui;

import com.crcloud.audit.domain.AuditRetention;
import com.crcloud.audit.service.AuditRetentionService;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
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
 * The tenant administrator's retention setting: months of history kept beyond the legal minimum. History past it
 * is purged nightly; the purge is recorded in the trail and the chain stays verifiable from its anchor.
 */
@Route(value = Paths.AUDIT_RETENTION, layout = MainLayout.class)
@RolesAllowed(Role.TENANT_ADMIN_NAME)
public class AuditRetentionView extends VerticalLayout implements HasDynamicTitle {

    private final AuditRetentionService retention;
    private final IntegerField extraMonths = Fields.labelled(new IntegerField(), "retention-extra-months", "auditRetention.extraMonths");
    private final TextField reason = Fields.labelled(new TextField(), "change-reason", "audit.reason");
    private final Paragraph current = new Paragraph();

    public AuditRetentionView(AuditRetentionService retention) {
        this.retention = retention;
        extraMonths.setMin(0);
        extraMonths.setMax(AuditRetention.MAX_EXTRA_MONTHS);
        extraMonths.setStepButtonsVisible(true);
        reason.setHelperText(getTranslation("audit.reason.help"));
        reason.setMaxLength(1000);
        reason.setWidth("28rem");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-retention");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(extraMonths, reason, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        current.setId("retention-current");
        add(new H2(getTranslation("audit.retention.title")),
                new Paragraph(getTranslation("audit.retention.legalMinimum", retention.legalMinimumMonths())), current, form);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.retention.title");
    }

    private void show() {
        retention.extraMonths().ifPresentOrElse(months -> {
            extraMonths.setValue(months);
            current.setText(getTranslation("audit.retention.kept", retention.legalMinimumMonths() + months));
        }, () -> current.setText(getTranslation("audit.retention.keptForever")));
    }

    private void save() {
        if (extraMonths.getValue() == null || extraMonths.isInvalid()) {
            extraMonths.setInvalid(true);
            extraMonths.setErrorMessage(getTranslation("audit.retention.error.range", AuditRetention.MAX_EXTRA_MONTHS));
            return;
        }
        try {
            retention.setExtraMonths(extraMonths.getValue(), reason.getValue());
            reason.clear();
            show();
            Problems.showSuccess(getTranslation("audit.retention.saved"));
        } catch (UserFacingException e) {
            extraMonths.setInvalid(true);
            extraMonths.setErrorMessage(Problems.message(this, e));
        }
    }
}
