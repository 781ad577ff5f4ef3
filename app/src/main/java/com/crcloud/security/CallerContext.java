package com.crcloud.security;

import com.crcloud.tenant.context.TenantContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/**
 * Hands work to another thread as the person who asked for it: their authentication (for permission checks and
 * the audit trail) and their tenant are captured on the calling thread and re-established around the work, then
 * removed again, so a pooled thread never keeps one user's identity for the next task.
 */
public final class CallerContext {

    private CallerContext() {
    }

    /** Captures the caller's identity and tenant now; the returned work runs with them on whichever thread. */
    public static <T> Supplier<T> wrap(Supplier<T> work) {
        SecurityContext captured = SecurityContextHolder.createEmptyContext();
        captured.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        TenantContext.Captured tenant = TenantContext.capture();
        return () -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(captured);
            try {
                return TenantContext.callAs(tenant.tenantId(), work);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        };
    }
}
