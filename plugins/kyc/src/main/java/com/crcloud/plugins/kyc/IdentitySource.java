package com.crcloud.plugins.kyc;

/**
 * An authority that knows which person an ID number was issued to, e.g. the tenant's own reference list
 * ({@link ReferenceFileIdentitySource}) or, through another adapter, a government or vendor verification service.
 * The {@code identity-source} check depends only on this interface, so a source can be replaced without
 * touching the check.
 */
public interface IdentitySource {

    /** What the source says about a name and ID number. */
    enum Result {
        /** The ID number is registered to this name. */
        MATCH,
        /** The ID number is registered to someone else's name. */
        NAME_MISMATCH,
        /** The source does not know the ID number. */
        NOT_FOUND,
        /** The source could not be asked (not configured, not reachable). */
        UNAVAILABLE
    }

    /**
     * Looks up the ID number and compares the registered name with {@code name}.
     *
     * @param name     the customer's name as recorded
     * @param idNumber the customer's ID number as recorded, not blank
     */
    Result lookup(String name, String idNumber);
}
