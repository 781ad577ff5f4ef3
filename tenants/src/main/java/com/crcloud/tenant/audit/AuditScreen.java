package com.crcloud.tenant.audit;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a change was made from (the screen, e.g. {@code customers/0b1…}), recorded on the revision. The host
 * registers how to find it (the UI layer knows, this module does not); without one, or outside a screen (jobs,
 * imports run in the background), nothing is recorded.
 */
public final class AuditScreen {

    private static volatile Supplier<Optional<String>> source = Optional::empty;

    private AuditScreen() {
    }

    public static void register(Supplier<Optional<String>> screen) {
        source = screen;
    }

    static Optional<String> current() {
        try {
            return source.get().filter(screen -> !screen.isBlank());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
