package com.crcloud.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * Receives host events with the tenant context of the tenant they happened in. Called after the host's own
 * transaction committed; a failure is logged against the plugin and never undoes the host's work.
 */
public interface LifecycleListener extends ExtensionPoint, Configurable {

    void onEvent(ExtensionContext context, LifecycleEvent event);
}
