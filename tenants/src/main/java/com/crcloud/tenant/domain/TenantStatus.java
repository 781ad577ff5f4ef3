package com.crcloud.tenant.domain;

public enum TenantStatus {
    ACTIVE,
    /** Users of a suspended tenant cannot log in; its data is kept untouched. */
    SUSPENDED
}
