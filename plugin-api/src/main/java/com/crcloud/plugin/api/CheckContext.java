package com.crcloud.plugin.api;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the host tells an extension about the call: whose data it is, who is acting, and how to present
 * results. Built by the host only; fields may be added in later SDK versions.
 *
 * @param tenantId   the tenant the customer belongs to; a plugin must never mix data of two tenants
 * @param actingUser the user (or scheduled job) that triggered the call
 * @param locale     the locale for human-readable text
 * @param clock      the time source to use instead of {@code System.currentTimeMillis()}, so results are reproducible
 * @param settings   the tenant's settings for this plugin, by parameter name
 */
public record CheckContext(String tenantId, String actingUser, Locale locale, Clock clock, Map<String, String> settings) {

    public CheckContext {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(actingUser, "actingUser");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(clock, "clock");
        settings = Map.copyOf(settings);
    }
}
