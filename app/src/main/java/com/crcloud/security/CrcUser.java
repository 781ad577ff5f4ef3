package com.crcloud.security;

import com.crcloud.tenant.context.TenantPrincipal;
import com.crcloud.tenant.user.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The logged-in person. Its tenant is where {@link com.crcloud.tenant.context.TenantContext} takes the tenant
 * from for the whole session; platform administrators have none.
 */
public class CrcUser implements UserDetails, CredentialsContainer, TenantPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String tenant;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final Locale locale;
    private final boolean enabled;
    private String passwordHash;

    public CrcUser(String tenant, String username, String displayName, String passwordHash, Set<Role> roles,
                   Locale locale, boolean enabled) {
        this.tenant = tenant;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.locale = locale;
        this.enabled = enabled;
    }

    @Override
    public Optional<String> tenantId() {
        return Optional.ofNullable(tenant);
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The language chosen at login time: the user's own, else the tenant's. */
    public Locale locale() {
        return locale;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "CrcUser[" + (tenant == null ? "platform" : tenant) + "/" + username + " " + List.copyOf(roles) + "]";
    }
}
