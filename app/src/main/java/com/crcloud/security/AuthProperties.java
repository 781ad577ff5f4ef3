package com.crcloud.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * How people sign in.
 *
 * @param mode  {@code FORM}: organisation, username and password checked against the tenant's users (embedded
 *              default); {@code KEYCLOAK}: single sign-on through Keycloak (OpenID Connect)
 * @param sso   how the identity provider's tokens name the tenant and the roles
 * @param login how repeated failed form sign-ins are slowed down
 */
@ConfigurationProperties("crc.auth")
public record AuthProperties(@DefaultValue("FORM") Mode mode, @DefaultValue Sso sso, @DefaultValue Login login) {

    public enum Mode { FORM, KEYCLOAK }

    /**
     * @param registrationId the Spring Security client registration of the identity provider
     * @param tenantClaim    claim holding the tenant slug: a string, or a one-element list such as Keycloak 26's
     *                       {@code organization} claim
     * @param roleClaims     dotted paths of claims holding role names, looked up in the ID token, the user info and
     *                       the access token; the client's own roles ({@code resource_access.<client>.roles}) are
     *                       always read too
     */
    public record Sso(@DefaultValue("keycloak") String registrationId,
                      @DefaultValue("tenant") String tenantClaim,
                      @DefaultValue("realm_access.roles") List<String> roleClaims) {
    }

    /**
     * @param maxFailures  failed sign-ins in a row after which the account is paused
     * @param lockDuration how long the pause lasts
     */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration) {
    }
}
