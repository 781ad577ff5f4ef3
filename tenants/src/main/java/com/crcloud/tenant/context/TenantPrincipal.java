package com.crcloud.tenant.context;

import java.util.Optional;

/**
 * Implemented by the authenticated principal so the tenant comes from who is logged in, not from a
 * free-floating thread-local. Platform administrators have no tenant.
 */
public interface TenantPrincipal {
    Optional<String> tenantId();
}
