package com.crcloud.testplugins;

import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.LifecycleEvent;
import com.crcloud.plugin.api.LifecycleListener;

import java.util.Map;

/**
 * Lifecycle listeners that {@code PluginJars} packs into a throw-away plugin jar: one that keeps every event it
 * receives in its record store (the only state a plugin can share with a test across class loaders), one that
 * throws and one that hangs.
 */
public final class TestLifecycleListeners {

    /** The record store collection the recording listener writes to; keys are {@code <event type>/<subject id>}. */
    public static final String COLLECTION = "events";

    private TestLifecycleListeners() {
    }

    public static class RecordingListener implements LifecycleListener {
        public String id() {
            return "recording";
        }

        public Map<String, String> names() {
            return Map.of("en", "Recording listener");
        }

        public void onEvent(ExtensionContext context, LifecycleEvent event) {
            String key;
            if (event instanceof LifecycleEvent.CaseDecided decided) {
                key = "CaseDecided/" + decided.caseId();
            } else if (event instanceof LifecycleEvent.CustomerDataChanged changed) {
                key = "CustomerDataChanged/" + changed.customerId();
            } else {
                key = "WatchlistUpdated/" + ((LifecycleEvent.WatchlistUpdated) event).watchlistId();
            }
            context.recordStore().put(COLLECTION, key, event + " tenant=" + context.tenantId() + " user=" + context.actingUser());
        }
    }

    public static class ThrowingListener implements LifecycleListener {
        public String id() {
            return "throwing";
        }

        public Map<String, String> names() {
            return Map.of("en", "Throwing listener");
        }

        public void onEvent(ExtensionContext context, LifecycleEvent event) {
            throw new IllegalStateException("listener bug");
        }
    }

    public static class HangingListener implements LifecycleListener {
        public String id() {
            return "hanging";
        }

        public Map<String, String> names() {
            return Map.of("en", "Hanging listener");
        }

        public void onEvent(ExtensionContext context, LifecycleEvent event) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
