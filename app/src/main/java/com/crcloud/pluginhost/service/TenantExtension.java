package com.crcloud.pluginhost.service;

import java.util.Map;
import java.util.UUID;

/**
 * An installed extension as one tenant has it: switched on or off, and the values the tenant set.
 *
 * @param settingId the tenant's stored setting (for its history), or null while the tenant never saved one
 * @param values    the values the tenant set explicitly; defaults apply to the rest
 * @param version   optimistic-locking version of the stored setting (0 when none)
 */
public record TenantExtension(InstalledExtension extension, boolean enabled, Map<String, String> values, UUID settingId,
                              long version) {

    public TenantExtension {
        values = Map.copyOf(values);
    }
}
