package com.crcloud.audit.ui;

import com.crcloud.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AuditRetentionViewTest extends KaribuTest {

    @Test
    void a_tenant_administrator_sets_the_retention_and_an_impossible_value_is_refused_on_the_field() {
        signIn(WEALTH, "tenant-admin");
        UI.getCurrent().navigate(AuditRetentionView.class);
        IntegerField months = _get(IntegerField.class, spec -> spec.withId("retention-extra-months"));

        _setValue(months, 5000);
        _click(_get(Button.class, spec -> spec.withId("save-retention")));
        assertThat(months.isInvalid()).isTrue();
        assertThat(months.getErrorMessage()).contains("0", "1200");

        _setValue(months, 24);
        _setValue(_get(TextField.class, spec -> spec.withId("change-reason")), "records policy 2026");
        _click(_get(Button.class, spec -> spec.withId("save-retention")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("retention-current")).getText()).contains("84");
    }

    @Test
    void compliance_officers_cannot_open_the_retention_setting() {
        signIn(WEALTH, "compliance-officer");
        UI.getCurrent().navigate(AuditRetentionView.class);
        assertThat(currentView()).isNotEqualTo(AuditRetentionView.class);
    }
}
