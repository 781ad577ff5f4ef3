package com.crcloud.tenant.context;

import com.crcloud.tenant.support.CallScoped;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The tenant whose data the current code may touch.
 *
 * <p>Requests take it from the authenticated principal (Spring Security's per-request context, restored from
 * the HTTP session). Work that runs without a request (start-up, scheduled jobs, other threads) declares it
 * explicitly with {@link #callAs}/{@link #runAs}, which restore the previous value on exit, or carries a
 * {@link #capture() captured} context across threads. There is no setter that outlives a call.
 */
public final class TenantContext {

    private static final CallScoped<String> SCOPED = new CallScoped<>();

    private TenantContext() {
    }

    /** The tenant in context, if any. */
    public static Optional<String> currentTenantId() {
        Optional<String> scoped = SCOPED.get();
        if (scoped.isPresent()) {
            return scoped;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal) {
            return principal.tenantId();
        }
        return Optional.empty();
    }

    /** The tenant in context. */
    public static String requireTenantId() {
        return currentTenantId().orElseThrow(() -> new NoTenantException(
                "No tenant in context: tenant data may only be accessed on behalf of a tenant"));
    }

    public static <T> T callAs(String tenantId, Supplier<T> work) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("tenantId must not be blank");
        }
        return SCOPED.call(tenantId, work);
    }

    public static void runAs(String tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /** Captures the tenant in context now, to hand work to another thread. */
    public static Captured capture() {
        return new Captured(requireTenantId());
    }

    /** A tenant captured on one thread, re-established around work on another. */
    public record Captured(String tenantId) {
        public Runnable wrap(Runnable work) {
            return () -> runAs(tenantId, work);
        }

        public <T> Callable<T> wrap(Callable<T> work) {
            return () -> callAs(tenantId, () -> {
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
