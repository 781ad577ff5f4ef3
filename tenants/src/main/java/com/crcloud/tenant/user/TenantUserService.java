package com.crcloud.tenant.user;

import com.crcloud.tenant.support.UserFacingException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The users of the tenant in context. */
@Service
public class TenantUserService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,100}");

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
