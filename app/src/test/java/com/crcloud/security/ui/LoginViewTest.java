package com.crcloud.security.ui;

import com.crcloud.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        openAnonymously();
        UI.getCurrent().navigate("customers");
        assertThat(currentView()).isEqualTo(LoginView.class);
    }

    @Test
    void the_organisation_typed_travels_with_the_login_form() {
        openAnonymously();
        UI.getCurrent().navigate(LoginView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("organisation")), " northwind-lending ");

        assertThat(_get(LoginForm.class, spec -> {}).getAction()).isEqualTo("login?tenant=northwind-lending");
    }

    @Test
    void an_empty_organisation_signs_in_to_the_platform_area() {
        openAnonymously();
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(LoginForm.class, spec -> {}).getAction()).isEqualTo("login");
    }

    @Test
    void a_failed_login_keeps_the_organisation_and_shows_the_error() {
        openAnonymously();
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=credentials&tenant=jade-wealth"));

        assertThat(_get(TextField.class, spec -> spec.withId("organisation")).getValue()).isEqualTo("jade-wealth");
        LoginForm form = _get(LoginForm.class, spec -> {});
        assertThat(form.isError()).isTrue();
        assertThat(form.getAction()).isEqualTo("login?tenant=jade-wealth");
    }

    @Test
    void a_suspended_organisation_is_named_as_the_reason() {
        openAnonymously();
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=suspended&tenant=jade-wealth"));
        LoginForm form = _get(LoginForm.class, spec -> {});
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("Organisation suspended");
    }

    @Test
    void a_paused_sign_in_says_how_many_failures_paused_it_and_for_how_long() {
        openAnonymously();
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=paused&tenant=northwind-lending"));
        LoginForm form = _get(LoginForm.class, spec -> {});
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Sign-in paused").contains("After 5 failed attempts in a row").contains("15 minutes");
    }
}
