package com.crcloud.pluginhost.service;

import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.LifecycleEvent;
import com.crcloud.plugin.api.LifecycleListener;
import com.crcloud.security.CallerContext;
import com.crcloud.security.CrcUser;
import com.crcloud.security.CurrentUser;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Delivers host events to the tenant's enabled {@link LifecycleListener} extensions, as the SDK promises: after
 * the host's work is committed, with the tenant's context, each listener isolated by {@link ExtensionRunner}.
 * Delivery runs on its own threads as the person whose action caused the event, so a slow or hanging listener
 * never holds up that person's screen; a failure is logged and listed with the plugin's recent errors.
 *
 * <p>The feature that owns a host event maps it to a {@link LifecycleEvent} and calls {@link #publish}; plugin data
 * imports are mapped here.
 */
@Service
public class LifecycleEvents {

    private static final Logger log = LoggerFactory.getLogger(LifecycleEvents.class);

    private final PluginHost host;
    private final TenantExtensionService extensions;
    private final ExtensionRunner runner;
    private final CurrentUser currentUser;
    private final ExecutorService executor;

    public LifecycleEvents(PluginHost host, TenantExtensionService extensions, ExtensionRunner runner, CurrentUser currentUser) {
        this.host = host;
        this.extensions = extensions;
        this.runner = runner;
        this.currentUser = currentUser;
        AtomicInteger threads = new AtomicInteger();
        // Two deliveries at a time per node; each listener call is time-limited, so the queue always drains.
        this.executor = Executors.newFixedThreadPool(2, work -> {
            Thread thread = new Thread(work, "lifecycle-delivery-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Hands an event of the tenant in context to its listeners, on behalf of the signed-in user (or job). The
     * event is built on the delivery thread too, so reading what it needs never delays or fails the caller.
     *
     * @return completes once every listener was called (successfully or not); callers need not wait
     */
    public CompletableFuture<Void> publish(Supplier<? extends LifecycleEvent> event) {
        try {
            Locale locale = currentUser.get().map(CrcUser::locale).orElse(Locale.ENGLISH);
            Supplier<Void> delivery = CallerContext.wrap(() -> {
                try {
                    deliver(event.get(), locale);
                } catch (RuntimeException e) {
                    log.error("Could not deliver a lifecycle event to plugins", e);
                }
                return null;
            });
            return CompletableFuture.supplyAsync(delivery, executor);
        } catch (RuntimeException e) {
            // E.g. no tenant in context or the node shutting down: the caller's work is done and stays done.
            log.error("Could not hand a lifecycle event to plugins", e);
            return CompletableFuture.completedFuture(null);
        }
    }

    /**
     * A data import for a plugin that screens customers is a watchlist update. The watchlist is named by the
     * importer's extension key, which stays the same across uploads of that list.
     */
    @EventListener
    void dataImported(ExtensionDataImported event) {
        boolean watchlist = host.extensions().stream()
                .anyMatch(extension -> extension.kind() == ExtensionKind.SCREENING_PROVIDER && extension.pluginId().equals(event.pluginId()));
        if (watchlist) {
            publish(() -> new LifecycleEvent.WatchlistUpdated(event.extensionKey()));
        }
    }

    private void deliver(LifecycleEvent event, Locale locale) {
        List<TenantExtension> listeners = extensions.list().stream()
                .filter(item -> item.enabled() && item.extension().kind() == ExtensionKind.LIFECYCLE_LISTENER)
                .toList();
        for (TenantExtension item : listeners) {
            ExtensionContext context = extensions.contextFor(item, locale);
            ExtensionRunner.Outcome<Boolean> outcome = runner.call(item.extension(), () -> {
                item.extension().as(LifecycleListener.class).onEvent(context, event);
                return Boolean.TRUE; // the runner treats a missing result as a failure; a listener returns nothing
            });
            if (outcome instanceof ExtensionRunner.Failure<Boolean> failure) {
                log.warn("Listener {} failed on {} for tenant {}: {}", item.extension().key(), event, context.tenantId(),
                        failure.cause());
            }
        }
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
