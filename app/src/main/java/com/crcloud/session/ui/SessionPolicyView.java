package com.crcloud.session.ui;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.ui.HistoryPanel;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.session.service.SessionPolicyService;
import com.crcloud.session.domain.SessionPolicy;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The tenant administrator sets how long an idle session lasts; it applies from each person's next sign-in. */
@Route(value = Paths.SESSION_POLICY, layout = MainLayout.class)
@RolesAllowed(Role.TENANT_ADMIN_NAME)
public class SessionPolicyView extends VerticalLayout implements HasDynamicTitle {

    private final SessionPolicyService service;
    private final IntegerField idleTimeout = new IntegerField();
    private final TextField reason = new TextField();
    private final HistoryPanel<SessionPolicy> history;
    private SessionPolicy policy;

    public SessionPolicyView(SessionPolicyService service, AuditHistoryService audit, TenantTime time) {
        this.service = service;
        this.history = new HistoryPanel<>(audit, SessionPolicy.class, time);
        Fields.labelled(idleTimeout, "idle-timeout", "sessionPolicy.idleTimeoutMinutes");
        idleTimeout.setMin(SessionPolicy.MIN_IDLE_MINUTES);
        idleTimeout.setMax(SessionPolicy.MAX_IDLE_MINUTES);
        idleTimeout.setStepButtonsVisible(true);
        idleTimeout.setHelperText(getTranslation("sessionPolicy.idleTimeoutHelp", SessionPolicy.MIN_IDLE_MINUTES, SessionPolicy.MAX_IDLE_MINUTES));
        reason.setId("change-reason");
        reason.setLabel(getTranslation("audit.reason"));
        reason.setHelperText(getTranslation("audit.reason.help"));
        reason.setWidth("28rem");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-session-policy");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout saving = new HorizontalLayout(idleTimeout, reason, save);
        saving.setAlignItems(Alignment.BASELINE);

        add(new H2(getTranslation("sessionPolicy.title")), new Paragraph(getTranslation("sessionPolicy.intro")), saving,
                new H3(getTranslation("audit.history")), history);
        show(service.current());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessionPolicy.title");
    }

    private void show(SessionPolicy shown) {
        policy = shown;
        idleTimeout.setValue(shown.getIdleTimeoutMinutes());
        idleTimeout.setInvalid(false);
        reason.clear();
        history.show(shown.getId());
    }

    private void save() {
        if (idleTimeout.getValue() == null) {
            idleTimeout.setErrorMessage(getTranslation("sessionPolicy.error.idleTimeout", SessionPolicy.MIN_IDLE_MINUTES, SessionPolicy.MAX_IDLE_MINUTES));
            idleTimeout.setInvalid(true);
            return;
        }
        policy.setIdleTimeoutMinutes(idleTimeout.getValue());
        try {
            show(service.save(policy, reason.getValue()));
            Problems.showSuccess(getTranslation("sessionPolicy.saved"));
        } catch (UserFacingException e) {
            idleTimeout.setErrorMessage(Problems.message(this, e));
            idleTimeout.setInvalid(true);
            if (e.messageKey().equals("error.concurrentChange")) {
                show(service.current());
                Problems.showError(Problems.message(this, e));
            }
        }
    }
}
