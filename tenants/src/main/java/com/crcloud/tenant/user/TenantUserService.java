package com.crcloud.tenant.user;

import com.crcloud.tenant.support.UserFacingException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The users of the tenant in context. */
@Service
public class TenantUserService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_TEAM_LENGTH = 60;
    static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._@-]{3,100}");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;

    public TenantUserService(UserAccountRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    @Secured(Authorities.TENANT_ADMIN)
    public UserAccount createUser(String username, String displayName, String email, String password, Set<Role> roles) {
        return users.save(newAccount(username, displayName, email, password, roles));
    }

    @Transactional(readOnly = true)
    @Secured(Authorities.TENANT_ADMIN)
    public List<UserAccount> listUsers() {
        return users.findAll();
    }

    /** The teams the tenant's users work in, for choosing one. */
    @Transactional(readOnly = true)
    @Secured(Authorities.TENANT_ADMIN)
    public List<String> listTeams() {
        return users.findTeams();
    }

    /**
     * Puts the user in a team (blank: none), as the tenant administrator saw the account; audited like every change.
     *
     * @throws UserFacingException when the account changed since it was read, is unknown, or the name is too long
     */
    @Transactional
    @Secured(Authorities.TENANT_ADMIN)
    public UserAccount setTeam(UUID userId, long seenVersion, String team) {
        if (team != null && team.trim().length() > MAX_TEAM_LENGTH) {
            throw new UserFacingException("team", "user.error.teamLength", MAX_TEAM_LENGTH);
        }
        UserAccount account = users.findById(userId).orElseThrow(() -> new UserFacingException(null, "user.error.notFound"));
        if (account.getVersion() != seenVersion) {
            throw new UserFacingException(null, "error.concurrentChange");
        }
        account.setTeam(team);
        return users.saveAndFlush(account);
    }

    /**
     * The local account of a person who signed in through the identity provider, in the tenant in context:
     * created on the first sign-in (with an unusable random password, so only the provider can authenticate it)
     * and afterwards kept to the provider's name, email and roles. A tenant admin may still disable it here.
     * Called only by the sign-in itself, as that person.
     */
    @Transactional
    public UserAccount synchroniseSsoAccount(String username, String displayName, String email, Set<Role> roles) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("Username from the identity provider does not fit: " + username);
        }
        UserAccount account = users.findByUsername(username).orElseGet(() -> users.save(new UserAccount(
                username, displayName, email, passwordEncoder.encode(UUID.randomUUID() + "" + UUID.randomUUID()), roles)));
        if (!displayName.equals(account.getDisplayName()) || !Objects.equals(email, account.getEmail())) {
            account.updateProfile(displayName, email);
        }
        if (!roles.equals(account.getRoles())) {
            account.setRoles(roles);
        }
        return account;
    }

    /**
     * Validates and builds an account; used for a tenant's first administrator too, before any user exists.
     * Refuses a username already taken in the tenant in context.
     */
    public UserAccount newAccount(String username, String displayName, String email, String password, Set<Role> roles) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw new UserFacingException("username", "user.error.usernameFormat");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new UserFacingException("displayName", "validation.required");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserFacingException("password", "user.error.passwordLength", MIN_PASSWORD_LENGTH);
        }
        if (roles.isEmpty() || roles.contains(Role.PLATFORM_ADMIN)) {
            throw new UserFacingException("roles", "user.error.roles");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new UserFacingException("username", "user.error.usernameTaken", name);
        }
        return new UserAccount(name, displayName.trim(), email == null || email.isBlank() ? null : email.trim(),
                passwordEncoder.encode(password), roles);
    }
}
