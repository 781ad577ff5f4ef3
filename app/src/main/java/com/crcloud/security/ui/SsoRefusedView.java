package com.crcloud.security.ui;

import com.crcloud.security.AuthProperties;
import com.crcloud.security.sso.SsoRefusal;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Optional;

/**
 * Says why someone the identity provider signed in may not use the product (no or unknown organisation, suspended
 * organisation, no product role, disabled account) and offers to end the provider's session to try another account.
 */
@Route("sso-refused")
@AnonymousAllowed
public class SsoRefusedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Paragraph message = new Paragraph();
    private final Anchor switchAccount = new Anchor();
    private final AuthProperties auth;
    private final ObjectProvider<ClientRegistrationRepository> clientRegistrations;

    public SsoRefusedView(AuthProperties auth, ObjectProvider<ClientRegistrationRepository> clientRegistrations) {
        this.auth = auth;
        this.clientRegistrations = clientRegistrations;
        setAlignItems(Alignment.CENTER);
        message.setId("sso-refusal");
        switchAccount.setId("sso-switch-account");
        switchAccount.setText(getTranslation("sso.refused.switchAccount"));
        add(new H1(getTranslation("sso.refused.title")), message, switchAccount);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SsoRefusal refusal = event.getLocation().getQueryParameters().getParameters().getOrDefault("reason", List.of())
                .stream().findFirst().flatMap(SsoRefusal::fromParameter).orElse(SsoRefusal.PROVIDER_ERROR);
        message.getElement().setAttribute("data-reason", refusal.name());
        message.setText(getTranslation("ssoRefusal." + refusal.name()));
        endSessionUrl().ifPresentOrElse(switchAccount::setHref, () -> switchAccount.setVisible(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.refused.title") + " · " + getTranslation("app.name");
    }

    /** The provider's end-session endpoint, coming back here afterwards (RP-initiated logout with the client id). */
    private Optional<String> endSessionUrl() {
        Optional<ClientRegistration> registration = Optional.ofNullable(clientRegistrations.getIfAvailable())
                .map(repository -> repository.findByRegistrationId(auth.sso().registrationId()));
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return registration.flatMap(client -> Optional.ofNullable(
                        client.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
                .filter(endpoint -> request != null)
                .map(endpoint -> UriComponentsBuilder.fromUriString(endpoint.toString())
                        .queryParam("client_id", client.getClientId())
                        .queryParam("post_logout_redirect_uri",
                                ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path("/").toUriString())
                        .encode().toUriString()));
    }
}
