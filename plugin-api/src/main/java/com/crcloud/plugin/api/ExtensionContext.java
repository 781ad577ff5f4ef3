package com.crcloud.plugin.api;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * What the host tells an extension about a call: whose data it is, who is acting, how to present results, the
 * tenant's settings for this extension and a place to keep records. Built by the host only; fields may be added
 * in minor SDK versions.
 *
 * @param tenantId    the tenant the call is for; a plugin must never mix data of two tenants
 * @param actingUser  the user or scheduled job that triggered the call
 * @param locale      the locale for human-readable text (English or Simplified Chinese today)
 * @param clock       the time source to use instead of the system clock, so results are reproducible
 * @param settings    the tenant's effective settings for this extension (declared defaults filled in)
 * @param recordStore tenant-scoped, audited storage for the plugin's own records
 */
public record ExtensionContext(String tenantId, String actingUser, Locale locale, Clock clock, Settings settings,
                               RecordStore recordStore) {

    public ExtensionContext {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(actingUser, "actingUser");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(recordStore, "recordStore");
    }

    /** True when the text for the user should be Chinese. */
    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }
}
