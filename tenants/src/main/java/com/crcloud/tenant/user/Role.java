package com.crcloud.tenant.user;

/** What a user may do. Granted to Spring Security as {@code ROLE_<name>}. */
public enum Role {
    /** Runs the platform: tenants only, never tenant business data. */
    PLATFORM_ADMIN,
    /** Configures the tenant: users, settings, flows, plugins. */
    TENANT_ADMIN,
    /** Collects data and prepares reviews. */
    REVIEWER,
    /** Takes the second-person decision under four-eyes rules. */
    APPROVER,
    /** Screening, policies, audit trail. */
    COMPLIANCE_OFFICER,
    /** Reads everything of the tenant, changes nothing. */
    AUDITOR;

    public static final String PLATFORM_ADMIN_NAME = "PLATFORM_ADMIN";
    public static final String TENANT_ADMIN_NAME = "TENANT_ADMIN";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String APPROVER_NAME = "APPROVER";
    public static final String COMPLIANCE_OFFICER_NAME = "COMPLIANCE_OFFICER";
    public static final String AUDITOR_NAME = "AUDITOR";
}
