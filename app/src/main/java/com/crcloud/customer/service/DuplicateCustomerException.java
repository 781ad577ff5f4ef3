package com.crcloud.customer.service;

import com.crcloud.customer.domain.CustomerRules;
import com.crcloud.tenant.support.UserFacingException;

import java.util.UUID;

/** Another customer of the same tenant already has this ID number; the UI links to it. */
public class DuplicateCustomerException extends UserFacingException {

    private final UUID existingId;

    public DuplicateCustomerException(UUID existingId, String existingName) {
        super(CustomerRules.NATIONAL_ID_NUMBER, "customer.error.duplicateNationalId", existingName);
        this.existingId = existingId;
    }

    public UUID existingId() {
        return existingId;
    }
}
