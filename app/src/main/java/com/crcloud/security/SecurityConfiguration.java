package com.crcloud.security;

import com.crcloud.security.sso.SsoRefusal;
import com.crcloud.security.sso.SsoUserService;
import com.crcloud.security.ui.LoginView;
import com.crcloud.tenant.domain.TenantRepository;
import com.crcloud.tenant.user.TenantUserService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Optional;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

/**
 * Sign-in by form (organisation, username, password) or single sign-on through Keycloak ({@link AuthProperties}),
 * Vaadin's view access control (every view declares its roles with {@code @RolesAllowed}) and method security on
 * services ({@code @Secured}), so hiding a button is never the only protection. Security headers are set for every
 * response.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration {

    /**
     * What the browser may load: Vaadin needs inline styles and its bootstrap's inline script, and runs server-sent
     * JavaScript through {@code new Function} (hence 'unsafe-eval'); everything comes from the product's own origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthProperties auth, TenantAwareAuthenticationProvider provider,
                                            ObjectProvider<ClientRegistrationRepository> clientRegistrations,
                                            TenantRepository tenants, TenantUserService users,
                                            PlatformTransactionManager transactionManager) throws Exception {
        if (auth.mode() == AuthProperties.Mode.KEYCLOAK) {
            String registrationId = auth.sso().registrationId();
            requireRegistration(clientRegistrations, registrationId);
            http.with(vaadin(), vaadin -> vaadin.oauth2LoginPage("/oauth2/authorization/" + registrationId, "{baseUrl}"));
            http.oauth2Login(oauth -> oauth
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                            new SsoUserService(auth.sso(), tenants, users, transactionManager)))
                    .failureHandler(ssoFailureHandler()));
        } else {
            http.authenticationProvider(provider);
            http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
            http.formLogin(form -> form
                    .authenticationDetailsSource(TenantLoginDetails::new)
                    .failureHandler(loginFailureHandler()));
        }
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    private static void requireRegistration(ObjectProvider<ClientRegistrationRepository> clientRegistrations, String registrationId) {
        ClientRegistrationRepository repository = clientRegistrations.getIfAvailable();
        if (repository == null || repository.findByRegistrationId(registrationId) == null) {
            throw new IllegalStateException("crc.auth.mode=KEYCLOAK needs the OpenID Connect client '" + registrationId
                    + "': start with the 'keycloak' profile and set CRC_KEYCLOAK_ISSUER, CRC_KEYCLOAK_CLIENT_ID and"
                    + " CRC_KEYCLOAK_CLIENT_SECRET (see README, Single sign-on)");
        }
    }

    /** Back to the login page with the organisation kept and the kind of failure named. */
    private static AuthenticationFailureHandler loginFailureHandler() {
        return (request, response, exception) -> {
            String error = exception instanceof TenantAwareAuthenticationProvider.TenantSuspendedException ? "suspended"
                    : exception instanceof LoginThrottle.AccountPausedException ? "paused" : "credentials";
            response.sendRedirect(UriComponentsBuilder.fromPath(request.getContextPath() + "/login")
                    .queryParam("error", error)
                    .queryParamIfPresent(TenantLoginDetails.PARAMETER, Optional.ofNullable(tenantOf(request)))
                    .encode().build().toUriString());
        };
    }

    /** To a page that says why the identity provider's user may not come in. */
    private static AuthenticationFailureHandler ssoFailureHandler() {
        return (request, response, exception) -> {
            SsoRefusal refusal = exception instanceof OAuth2AuthenticationException oauth
                    ? SsoRefusal.fromErrorCode(oauth.getError().getErrorCode()).orElse(SsoRefusal.PROVIDER_ERROR)
                    : SsoRefusal.PROVIDER_ERROR;
            response.sendRedirect(request.getContextPath() + "/sso-refused?reason=" + refusal.name().toLowerCase());
        };
    }

    private static String tenantOf(HttpServletRequest request) {
        String tenant = request.getParameter(TenantLoginDetails.PARAMETER);
        return tenant == null || tenant.isBlank() ? null : tenant.trim();
    }
}
