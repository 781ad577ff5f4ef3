package com.crcloud.session.ui;

import com.crcloud.session.service.SessionPolicyService;
import com.crcloud.session.domain.SessionPolicy;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.support.KaribuTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SessionPolicyViewTest extends KaribuTest {

    @Autowired
    SessionPolicyService sessions;

    @AfterEach
    void backToTheDefault() {
        actAs(LENDER, "tenant-admin");
        SessionPolicy policy = sessions.current();
        policy.setIdleTimeoutMinutes(30);
        sessions.save(policy, "test clean-up");
    }

    @Test
    void the_administrator_shortens_the_idle_timeout_with_a_reason_that_lands_in_the_history() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(SessionPolicyView.class);

        _setValue(_get(IntegerField.class, spec -> spec.withId("idle-timeout")), 10);
        _setValue(_get(TextField.class, spec -> spec.withId("change-reason")), "Shared branch computers");
        _click(_get(Button.class, spec -> spec.withId("save-session-policy")));

        assertThat(notificationTexts()).contains("Session policy saved");
        assertThat(sessions.current().getIdleTimeoutMinutes()).isEqualTo(10);
        List<HistoryEntry<SessionPolicy>> history = _findAll(_get(Grid.class, spec -> spec.withId("history-grid")));
        assertThat(history).first().satisfies(entry -> {
            assertThat(entry.reason()).isEqualTo("Shared branch computers");
            assertThat(entry.changedFields()).contains("idleTimeoutMinutes");
        });
    }

    @Test
    void a_timeout_outside_the_bounds_is_refused_on_the_field_and_the_stored_one_stays() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(SessionPolicyView.class);

        IntegerField field = _get(IntegerField.class, spec -> spec.withId("idle-timeout"));
        _setValue(field, 2);
        _click(_get(Button.class, spec -> spec.withId("save-session-policy")));

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Enter a whole number of minutes between 5 and 480");
        assertThat(sessions.current().getIdleTimeoutMinutes()).isEqualTo(30);
    }
}
