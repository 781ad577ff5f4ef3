package com.crcloud.security;

import com.crcloud.security.ui.LoginView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.util.UriComponentsBuilder;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

/**
 * Form login with an organisation field, Vaadin's view access control (every view declares its roles with
 * {@code @RolesAllowed}) and method security on services ({@code @Secured}), so hiding a button is never the only
 * protection.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, TenantAwareAuthenticationProvider provider) throws Exception {
        http.authenticationProvider(provider);
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.formLogin(form -> form
                .authenticationDetailsSource(TenantLoginDetails::new)
                .failureHandler(loginFailureHandler()));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Back to the login page with the organisation kept and the kind of failure named. */
    private static AuthenticationFailureHandler loginFailureHandler() {
        return (request, response, exception) -> {
            String error = exception instanceof TenantAwareAuthenticationProvider.TenantSuspendedException
                    ? "suspended" : "credentials";
            response.sendRedirect(UriComponentsBuilder.fromPath(request.getContextPath() + "/login")
                    .queryParam("error", error)
                    .queryParamIfPresent(TenantLoginDetails.PARAMETER, java.util.Optional.ofNullable(tenantOf(request)))
                    .encode().build().toUriString());
        };
    }

    private static String tenantOf(HttpServletRequest request) {
        String tenant = request.getParameter(TenantLoginDetails.PARAMETER);
        return tenant == null || tenant.isBlank() ? null : tenant.trim();
    }
}
