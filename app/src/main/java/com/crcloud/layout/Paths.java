package com.crcloud.layout;

/**
 * Route paths of the main areas. Views declare their routes with these and the layout links to them by path,
 * so the layout does not depend on the feature packages that depend on it.
 */
public final class Paths {

    public static final String CUSTOMERS = "customers";
    public static final String CUSTOMER_IMPORT = "customers/import";
    public static final String REVIEWS = "reviews";
    public static final String DASHBOARD = "dashboard";
    public static final String REVIEW_POLICY = "settings/review-policy";
    /** The tenant's review flows; {@code flows/<id>} is the designer of one. */
    public static final String FLOWS = "flows";
    public static final String MAIL_SETTINGS = "settings/mail";
    public static final String SESSION_POLICY = "settings/sessions";
    public static final String TENANTS = "platform/tenants";
    public static final String PLUGINS = "platform/plugins";
    public static final String EXTENSION_SETTINGS = "settings/extensions";
    public static final String AUDIT_LOG = "audit";
    public static final String AUDIT_RETENTION = "settings/audit-retention";
    public static final String CONSENT_PURPOSES = "settings/consent";
    /** Erasure requests awaiting a decision, the retention period and the retention runs' reports. */
    public static final String PRIVACY = "privacy";
    /** Below one customer: {@code customers/<id>/privacy}, the customer's data export and erasure requests. */
    public static final String CUSTOMER_PRIVACY = "privacy";
    /** Below one customer: {@code customers/<id>/feedback}, the customer's surveys and complaints. */
    public static final String CUSTOMER_FEEDBACK = "feedback";

    private Paths() {
    }
}
