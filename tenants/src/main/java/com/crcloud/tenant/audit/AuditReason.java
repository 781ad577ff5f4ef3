package com.crcloud.tenant.audit;

import com.crcloud.tenant.support.CallScoped;

import java.util.Optional;
import java.util.function.Supplier;

/** Why the changes made inside a call happen; recorded on the Envers revision. Scoped to the call. */
public final class AuditReason {

    private static final CallScoped<String> REASON = new CallScoped<>();

    private AuditReason() {
    }

    public static <T> T with(String reason, Supplier<T> work) {
        return REASON.call(reason, work);
    }

    static Optional<String> current() {
        return REASON.get().filter(reason -> !reason.isBlank());
    }
}
