package com.crcloud.security;

import com.crcloud.tenant.user.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs work as a named system actor (demo set-up, scheduled jobs) in one tenant with just the roles the work
 * needs, through the same services and permission checks as people. The name appears in the audit trail.
 */
public final class SystemActor {

    private SystemActor() {
    }

    public static <T> T call(String tenant, String name, Set<Role> roles, Supplier<T> work) {
        CrcUser actor = new CrcUser(tenant, name, name, null, roles, Locale.ENGLISH, true);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, actor.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String tenant, String name, Set<Role> roles, Runnable work) {
        call(tenant, name, roles, () -> {
            work.run();
            return null;
        });
    }
}
