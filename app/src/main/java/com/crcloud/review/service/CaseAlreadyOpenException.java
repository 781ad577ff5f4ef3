package com.crcloud.review.service;

import com.crcloud.tenant.support.UserFacingException;

import java.util.UUID;

/** A customer has at most one open case; this names the one that is open. */
public class CaseAlreadyOpenException extends UserFacingException {

    private final UUID openCaseId;

    public CaseAlreadyOpenException(UUID openCaseId, String reference) {
        super(null, "case.error.alreadyOpen", reference);
        this.openCaseId = openCaseId;
    }

    public UUID openCaseId() {
        return openCaseId;
    }
}
