package com.crcloud.tenant.user;

/**
 * Spring Security authority names of the {@link Role}s, for {@code @Secured} on service methods. Views declare
 * access with Vaadin's {@code @RolesAllowed} and the plain role names; services use these, so Spring's method
 * security never proxies Vaadin views.
 */
public final class Authorities {

    public static final String PLATFORM_ADMIN = "ROLE_" + Role.PLATFORM_ADMIN_NAME;
    public static final String TENANT_ADMIN = "ROLE_" + Role.TENANT_ADMIN_NAME;
    public static final String REVIEWER = "ROLE_" + Role.REVIEWER_NAME;
    public static final String APPROVER = "ROLE_" + Role.APPROVER_NAME;
    public static final String COMPLIANCE_OFFICER = "ROLE_" + Role.COMPLIANCE_OFFICER_NAME;
    public static final String AUDITOR = "ROLE_" + Role.AUDITOR_NAME;

    private Authorities() {
    }
}
