package com.crcloud.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Checks organisation + username + password. Unknown organisation, unknown user and wrong password all give the
 * same answer (and take the same time), so the login page reveals neither tenants nor usernames.
 */
@Component
public class TenantAwareAuthenticationProvider implements AuthenticationProvider {

    private final UserDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final String dummyHash;

    public TenantAwareAuthenticationProvider(UserDirectory directory, PasswordEncoder passwordEncoder) {
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.dummyHash = passwordEncoder.encode("timing-equaliser");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String tenant = authentication.getDetails() instanceof TenantLoginDetails details ? details.tenant() : null;
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();

        Optional<UserDirectory.Candidate> candidate = username.isEmpty() ? Optional.empty() : directory.find(tenant, username);
        if (candidate.isEmpty()) {
            passwordEncoder.matches(password, dummyHash);
            throw new BadCredentialsException("Bad credentials");
        }
        CrcUser user = candidate.get().user();
        if (!passwordEncoder.matches(password, user.getPassword())) {
            throw new BadCredentialsException("Bad credentials");
        }
        if (!user.isEnabled()) {
            throw new DisabledException("User disabled");
        }
        if (candidate.get().refusal().isPresent()) {
            throw new TenantSuspendedException();
        }
        user.eraseCredentials();
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The organisation exists but is suspended: the login page says so instead of "wrong password". */
    public static class TenantSuspendedException extends DisabledException {
        public TenantSuspendedException() {
            super("Tenant suspended");
        }
    }
}
