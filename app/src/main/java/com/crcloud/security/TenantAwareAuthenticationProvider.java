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
 * same answer (and take the same time), so the login page reveals neither tenants nor usernames; repeated
 * failures pause sign-in for that organisation + username ({@link LoginThrottle}), known or not.
 */
@Component
public class TenantAwareAuthenticationProvider implements AuthenticationProvider {

    private final UserDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final String dummyHash;

    public TenantAwareAuthenticationProvider(UserDirectory directory, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.dummyHash = passwordEncoder.encode("timing-equaliser");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String tenant = authentication.getDetails() instanceof TenantLoginDetails details ? details.tenant() : null;
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();

        if (username.isEmpty()) {
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.checkNotPaused(tenant, username);
        Optional<UserDirectory.Candidate> candidate = directory.find(tenant, username);
        // The dummy comparison spends the same time on an unknown user as on a wrong password.
        boolean matches = passwordEncoder.matches(password, candidate.map(found -> found.user().getPassword()).orElse(dummyHash))
                && candidate.isPresent();
        if (!matches) {
            throw throttle.recordFailure(tenant, username)
                    ? new LoginThrottle.AccountPausedException() : new BadCredentialsException("Bad credentials");
        }
        throttle.recordSuccess(tenant, username);
        CrcUser user = candidate.get().user();
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
