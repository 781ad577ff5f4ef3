package com.crcloud.security.ui;

import com.crcloud.security.AuthProperties;
import com.crcloud.security.TenantLoginDetails;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Organisation, username, password. The organisation travels as a query parameter of the form's action, so the
 * standard Spring Security form login receives it; leaving it empty signs in to the platform area.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TextField organisation = new TextField();
    private final LoginForm loginForm = new LoginForm();
    private final AuthProperties auth;

    public LoginView(AuthProperties auth) {
        this.auth = auth;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        organisation.setId("organisation");
        organisation.setLabel(getTranslation("login.organisation"));
        organisation.setHelperText(getTranslation("login.organisation.help"));
        organisation.setWidth("20rem");
        organisation.addValueChangeListener(event -> updateAction());

        loginForm.setI18n(i18n());
        loginForm.setForgotPasswordButtonVisible(false);
        updateAction();

        add(new H1(getTranslation("app.name")), organisation, loginForm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (auth.mode() == AuthProperties.Mode.KEYCLOAK) {
            // Bookmarks of the form page lead to the identity provider's sign-in instead.
            event.forwardToUrl("oauth2/authorization/" + auth.sso().registrationId());
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        parameters.getOrDefault(TenantLoginDetails.PARAMETER, List.of()).stream().findFirst()
                .ifPresent(organisation::setValue);
        List<String> errors = parameters.getOrDefault("error", List.of());
        if (!errors.isEmpty()) {
            LoginI18n i18n = i18n();
            if (errors.contains("suspended")) {
                i18n.getErrorMessage().setTitle(getTranslation("login.error.suspended.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.error.suspended.message"));
            } else if (errors.contains("paused")) {
                i18n.getErrorMessage().setTitle(getTranslation("login.error.paused.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.error.paused.message",
                        auth.login().maxFailures(), auth.login().lockDuration().toMinutes()));
            } else {
                i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
            }
            loginForm.setI18n(i18n);
            loginForm.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    private void updateAction() {
        String slug = organisation.getValue().trim();
        loginForm.setAction(slug.isEmpty() ? "login"
                : "login?" + TenantLoginDetails.PARAMETER + "=" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }
}
