package com.crcloud.masking;

import com.crcloud.tenant.user.Role;

import java.util.Set;

/**
 * Who may reveal {@link SensitiveData} and download documents. Nobody sees those values in plain by default, in
 * any list, form, history, timeline or export: a value is revealed one at a time, for one customer, with a
 * reason, and the reveal (like a download) is recorded in the audit trail. The reasoning per role:
 * <ul>
 *   <li>{@link Role#REVIEWER}: verifies identity and contacts the customer, so needs the number, the phone and the
 *       documents; revealing on demand keeps them off screens and screenshots the rest of the time.</li>
 *   <li>{@link Role#COMPLIANCE_OFFICER}: investigates screening matches and complaints, which needs the real
 *       number or document now and then.</li>
 *   <li>{@link Role#APPROVER}: decides on the reviewer's verified result (document statuses, check results,
 *       risk), not on the raw identifiers; masked.</li>
 *   <li>{@link Role#AUDITOR}: reads the trail and the process, never the identifiers; masked.</li>
 *   <li>{@link Role#TENANT_ADMIN}: runs users, settings and plugins and may correct a customer's record, but does
 *       no due diligence; masked. A value it needs is revealed by a reviewer or compliance officer, with a trace.
 *       (Not configurable per tenant: a tenant administrator could otherwise grant it to itself unseen.)</li>
 * </ul>
 * The services enforce this with {@code @Secured} on each method that returns plain sensitive data (a test
 * checks they name exactly {@link #REVEALING_ROLES}); the views only follow it.
 */
public final class MaskingPolicy {

    public static final Set<Role> REVEALING_ROLES = Set.of(Role.REVIEWER, Role.COMPLIANCE_OFFICER);

    private MaskingPolicy() {
    }

    /** Whether someone with these roles may reveal sensitive data (every kind alike). */
    public static boolean mayReveal(Set<Role> roles) {
        return roles.stream().anyMatch(REVEALING_ROLES::contains);
    }
}
