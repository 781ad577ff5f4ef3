package com.crcloud.tenant.audit;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Why (and, for work without a logged-in user, by whom) the changes made inside a call happen; recorded on the
 * Envers revision. Scoped to the call: nothing outlives it.
 */
public final class AuditReason {

    private static final ThreadLocal<String> REASON = new ThreadLocal<>();
    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    private AuditReason() {
    }

    public static <T> T with(String reason, Supplier<T> work) {
        return scoped(REASON, reason, work);
    }

    /** Names the job or process that acts when no user is logged in, e.g. {@code "demo-data"}. */
    public static <T> T actingAs(String actor, Supplier<T> work) {
        return scoped(ACTOR, actor, work);
    }

    static Optional<String> current() {
        return Optional.ofNullable(REASON.get()).filter(reason -> !reason.isBlank());
    }

    static Optional<String> currentActor() {
        return Optional.ofNullable(ACTOR.get());
    }

    private static <T> T scoped(ThreadLocal<String> holder, String value, Supplier<T> work) {
        String previous = holder.get();
        holder.set(value);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                holder.remove();
            } else {
                holder.set(previous);
            }
        }
    }
}
