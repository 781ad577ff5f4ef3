package com.crcloud.security.sso;

import java.util.Arrays;
import java.util.Optional;

/** Why a person the identity provider vouches for may still not use the product; each has a page that says so. */
public enum SsoRefusal {
    NO_TENANT,
    SEVERAL_TENANTS,
    UNKNOWN_TENANT,
    TENANT_SUSPENDED,
    NO_ROLE,
    ACCOUNT_DISABLED,
    /** The identity provider answered with an error or could not be reached. */
    PROVIDER_ERROR;

    /** The OAuth2 error code carrying the refusal from the user service to the failure handler. */
    public String errorCode() {
        return "crc_" + name().toLowerCase();
    }

    public static Optional<SsoRefusal> fromErrorCode(String code) {
        return Arrays.stream(values()).filter(refusal -> refusal.errorCode().equals(code)).findFirst();
    }

    public static Optional<SsoRefusal> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(refusal -> refusal.name().equalsIgnoreCase(parameter)).findFirst();
    }
}
