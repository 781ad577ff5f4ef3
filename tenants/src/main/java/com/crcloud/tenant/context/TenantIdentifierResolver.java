package com.crcloud.tenant.context;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Feeds Hibernate's {@code @TenantId} discriminator. Sessions opened without a tenant (platform work on the
 * tenant registry) get {@link #NO_TENANT}, a value no tenant can have; {@link TenantGuardStatementInspector}
 * then refuses any statement on tenant-owned tables, so such a session can never read or write tenant data.
 */
public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    /** Not a valid tenant slug (slugs are lower-case letters, digits and hyphens). */
    public static final String NO_TENANT = "~none~";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.currentTenantId().orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
