package com.crcloud.tenant.provisioning;

import java.time.ZoneId;
import java.util.Locale;

/** What a platform administrator enters to open a tenant with its first administrator. */
public record NewTenant(String slug, String displayName, Locale locale, ZoneId timeZone,
                        String adminUsername, String adminDisplayName, String adminEmail, String adminPassword) {
}
