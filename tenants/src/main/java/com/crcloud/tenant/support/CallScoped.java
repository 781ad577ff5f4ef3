package com.crcloud.tenant.support;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A per-thread value that exists only for the duration of one call and is restored (or removed) afterwards,
 * even when the call fails: the only kind of thread-local this product uses, so nothing leaks between requests
 * or pooled threads.
 */
public final class CallScoped<T> {

    private final ThreadLocal<T> value = new ThreadLocal<>();

    public Optional<T> get() {
        return Optional.ofNullable(value.get());
    }

    public <R> R call(T scopedValue, Supplier<R> work) {
        T previous = value.get();
        value.set(scopedValue);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                value.remove();
            } else {
                value.set(previous);
            }
        }
    }
}
