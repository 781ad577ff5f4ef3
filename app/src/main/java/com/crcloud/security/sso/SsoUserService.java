package com.crcloud.security.sso;

import com.crcloud.security.AuthProperties;
import com.crcloud.security.SystemActor;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.domain.TenantRepository;
import com.crcloud.tenant.user.Role;
import com.crcloud.tenant.user.TenantUserService;
import com.crcloud.tenant.user.UserAccount;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a person the identity provider vouches for into a product user: the tenant from the token's tenant claim
 * (which must name one known, active tenant), the roles from the role claims (at least one product role), and a
 * local account kept in step with the provider so assignments, mentions and the audit trail name the same person.
 * A person with the platform administrator role and no tenant claim signs in to the platform area.
 */
public class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String SIGN_IN_REASON = "Single sign-on: account taken from the identity provider";

    private final OidcUserService delegate = new OidcUserService();
    private final AuthProperties.Sso settings;
    private final TenantRepository tenants;
    private final TenantUserService users;
    private final TransactionTemplate transaction;
    private final Map<String, JwtDecoder> accessTokenDecoders = new ConcurrentHashMap<>();

    public SsoUserService(AuthProperties.Sso settings, TenantRepository tenants, TenantUserService users,
                          PlatformTransactionManager transactionManager) {
        this.settings = settings;
        this.tenants = tenants;
        this.users = users;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        List<Map<String, Object>> claimSources = List.of(oidcUser.getClaims(),
                oidcUser.getUserInfo() == null ? Map.of() : oidcUser.getUserInfo().getClaims(),
                accessTokenClaims(request));
        Set<Role> roles = roles(claimSources, request.getClientRegistration().getClientId());
        String username = Optional.ofNullable(oidcUser.getPreferredUsername()).orElse(oidcUser.getSubject());
        String displayName = Optional.ofNullable(oidcUser.getFullName()).filter(name -> !name.isBlank()).orElse(username);
        List<String> tenantClaim = stringValues(find(claimSources, settings.tenantClaim()));

        if (tenantClaim.isEmpty()) {
            if (roles.contains(Role.PLATFORM_ADMIN)) {
                return new SsoUser(null, username, displayName, EnumSet.of(Role.PLATFORM_ADMIN), null, oidcUser);
            }
            throw refused(SsoRefusal.NO_TENANT);
        }
        if (tenantClaim.size() > 1) {
            throw refused(SsoRefusal.SEVERAL_TENANTS);
        }
        String slug = tenantClaim.get(0);
        Tenant tenant = Optional.of(slug).filter(candidate -> Tenant.SLUG.matcher(candidate).matches())
                .flatMap(candidate -> TenantContext.callAs(candidate, () -> transaction.execute(status -> tenants.findById(candidate))))
                .orElseThrow(() -> refused(SsoRefusal.UNKNOWN_TENANT));
        if (!tenant.isActive()) {
            throw refused(SsoRefusal.TENANT_SUSPENDED);
        }
        roles.remove(Role.PLATFORM_ADMIN);
        if (roles.isEmpty()) {
            throw refused(SsoRefusal.NO_ROLE);
        }
        UserAccount account = SystemActor.call(slug, username, roles, () -> AuditReason.with(SIGN_IN_REASON,
                () -> transaction.execute(status -> users.synchroniseSsoAccount(username, displayName, oidcUser.getEmail(), roles))));
        if (!account.isEnabled()) {
            throw refused(SsoRefusal.ACCOUNT_DISABLED);
        }
        Locale locale = account.getLocale().orElse(tenant.getLocale());
        return new SsoUser(slug, username, displayName, roles, locale, oidcUser);
    }

    /** Keycloak puts realm and client roles into the access token by default; it is verified like the ID token. */
    private Map<String, Object> accessTokenClaims(OidcUserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        JwtDecoder decoder = accessTokenDecoders.computeIfAbsent(registration.getRegistrationId(), id -> {
            NimbusJwtDecoder jwtDecoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri()).build();
            jwtDecoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(registration.getProviderDetails().getIssuerUri()));
            return jwtDecoder;
        });
        return decoder.decode(request.getAccessToken().getTokenValue()).getClaims();
    }

    private Set<Role> roles(List<Map<String, Object>> claimSources, String clientId) {
        List<String> paths = new ArrayList<>(settings.roleClaims());
        paths.add("resource_access." + clientId + ".roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String path : paths) {
            for (Map<String, Object> source : claimSources) {
                stringValues(lookUp(source, path)).forEach(name -> role(name).ifPresent(roles::add));
            }
        }
        return roles;
    }

    /** "REVIEWER", "reviewer", "ROLE_REVIEWER" and "compliance-officer" all name a product role. */
    static Optional<Role> role(String name) {
        String normalised = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        String bare = normalised.startsWith("ROLE_") ? normalised.substring("ROLE_".length()) : normalised;
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(bare)).findFirst();
    }

    private static Object find(List<Map<String, Object>> sources, String path) {
        return sources.stream().map(source -> lookUp(source, path)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Object lookUp(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    /** A claim as strings: a string, a list of strings, or (Keycloak organisations with attributes) a map's keys. */
    private static List<String> stringValues(Object value) {
        Collection<?> values = value instanceof Collection<?> collection ? collection
                : value instanceof Map<?, ?> map ? map.keySet()
                : value == null ? List.of() : List.of(value);
        Set<String> strings = new LinkedHashSet<>();
        values.stream().filter(item -> item != null && !item.toString().isBlank()).forEach(item -> strings.add(item.toString().trim()));
        return List.copyOf(strings);
    }

    private static OAuth2AuthenticationException refused(SsoRefusal refusal) {
        return new OAuth2AuthenticationException(new OAuth2Error(refusal.errorCode()), refusal.name());
    }
}
