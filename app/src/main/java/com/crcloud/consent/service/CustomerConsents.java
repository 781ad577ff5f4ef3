package com.crcloud.consent.service;

import com.crcloud.consent.domain.ConsentPurpose;
import com.crcloud.consent.domain.ConsentRecord;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A customer's consents: per purpose of the tenant the declaration in force, and every declaration ever recorded
 * (newest first) with the purposes they name.
 */
public record CustomerConsents(List<PurposeConsent> purposes, List<ConsentRecord> history, Map<UUID, ConsentPurpose> purposesById) {

    public CustomerConsents {
        purposes = List.copyOf(purposes);
        history = List.copyOf(history);
        purposesById = Map.copyOf(purposesById);
    }

    /** The purposes the tenant's policy requires for a review that the customer has not consented to. */
    public List<ConsentPurpose> missingForReview() {
        return purposes.stream().filter(state -> state.purpose().isRequiredForReview() && !state.given())
                .map(PurposeConsent::purpose).toList();
    }

    public String purposeName(ConsentRecord record) {
        ConsentPurpose purpose = purposesById.get(record.getPurposeId());
        return purpose == null ? record.getPurposeId().toString() : purpose.getName();
    }
}
