package com.crcloud.tenant.context;

/** Thrown when tenant data is touched while no tenant is in context: never fall back to "all tenants". */
public class NoTenantException extends IllegalStateException {
    public NoTenantException(String message) {
        super(message);
    }
}
