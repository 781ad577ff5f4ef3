package com.crcloud.consent.service;

import com.crcloud.consent.domain.ConsentPurpose;
import com.crcloud.consent.domain.ConsentRecord;
import com.crcloud.consent.domain.ConsentStatus;

import java.util.Optional;

/** A purpose and the customer's declaration in force for it, if any. */
public record PurposeConsent(ConsentPurpose purpose, Optional<ConsentRecord> inForce) {

    public boolean given() {
        return inForce.map(record -> record.getStatus() == ConsentStatus.GIVEN).orElse(false);
    }
}
