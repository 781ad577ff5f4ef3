package com.crcloud.tenant.user;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who works in one tenant, identified by tenant + username. */
@Entity
@Table(name = "user_account")
@Audited
public class UserAccount extends TenantOwnedEntity {

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    /** BCrypt hash; never part of the audit trail. */
    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    /** Role names, comma-separated: a small, fixed set read on every login. */
    @Column(nullable = false, length = 300)
    private String roles;

    /** The user's own UI language; empty means the tenant's. */
    @Column(name = "locale_tag", length = 20)
    private String localeTag;

    @Column(nullable = false)
    private boolean enabled = true;

    /** The team the person works in (free text, e.g. "Retail credit"); the dashboard filters by it. */
    @Column(length = 60)
    private String team;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        setRoles(roles);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    /** Kept as the identity provider states it for accounts managed there. */
    public void updateProfile(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        if (roles == null || roles.isBlank()) {
            return Collections.emptySet();
        }
        return Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public void setRoles(Set<Role> roles) {
        if (roles.contains(Role.PLATFORM_ADMIN)) {
            throw new IllegalArgumentException("PLATFORM_ADMIN is not a tenant role");
        }
        this.roles = roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public Optional<Locale> getLocale() {
        return Optional.ofNullable(localeTag).filter(tag -> !tag.isBlank()).map(Locale::forLanguageTag);
    }

    public void setLocale(Locale locale) {
        this.localeTag = locale == null ? null : locale.toLanguageTag();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Optional<String> getTeam() {
        return Optional.ofNullable(team);
    }

    /** Sets the team; blank means none. */
    public void setTeam(String team) {
        this.team = team == null || team.isBlank() ? null : team.trim();
    }
}
