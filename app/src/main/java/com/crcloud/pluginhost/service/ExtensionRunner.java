package com.crcloud.pluginhost.service;

import com.crcloud.config.CrcProperties;
import com.crcloud.tenant.context.TenantContext;
import jakarta.annotation.PreDestroy;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs plugin code in isolation: on a separate thread carrying the caller's tenant and user, within a time
 * limit. An exception, a time-out or a missing result comes back as a {@link Failure} with its cause (and is
 * remembered for the platform area); it never propagates into the host's own work.
 */
@Service
public class ExtensionRunner {

    /** The outcome of one extension call. */
    public sealed interface Outcome<T> {
        Duration took();
    }

    public record Success<T>(T value, Duration took) implements Outcome<T> {
    }

    public record Failure<T>(String cause, Duration took) implements Outcome<T> {
    }

    private final PluginHost host;
    private final Duration timeout;
    private final ExecutorService executor;

    public ExtensionRunner(PluginHost host, CrcProperties properties) {
        this.host = host;
        this.timeout = properties.pluginCallTimeout();
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "plugin-call-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        // Unbounded on purpose: a plugin stuck past its time limit keeps its thread but never blocks other calls.
        this.executor = Executors.newCachedThreadPool(threads);
    }

    public <T> Outcome<T> call(InstalledExtension extension, Supplier<T> work) {
        return call(extension, timeout, work);
    }

    /** As {@link #call(InstalledExtension, Supplier)} with its own time limit, for long work such as imports. */
    public <T> Outcome<T> call(InstalledExtension extension, Duration timeout, Supplier<T> work) {
        String tenant = TenantContext.requireTenantId();
        Callable<T> task = DelegatingSecurityContextCallable.create(
                TenantContext.capture().wrap((Callable<T>) work::get), SecurityContextHolder.getContext());
        long started = System.nanoTime();
        Future<T> future = executor.submit(task);
        try {
            T value = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (value == null) {
                return fail(extension, tenant, "returned no result", started);
            }
            return new Success<>(value, since(started));
        } catch (TimeoutException e) {
            future.cancel(true);
            return fail(extension, tenant, "did not answer within " + timeout.toMillis() + " ms", started);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return fail(extension, tenant, cause.getClass().getSimpleName() + ": " + cause.getMessage(), started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return fail(extension, tenant, "interrupted", started);
        }
    }

    private <T> Failure<T> fail(InstalledExtension extension, String tenant, String cause, long started) {
        host.recordError(extension, tenant, cause);
        return new Failure<>(cause, since(started));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
