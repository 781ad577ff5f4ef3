package com.crcloud.review.domain;

import com.crcloud.tenant.support.UserFacingException;

/** A move the case's stage does not allow, e.g. approving a case that is still collecting data. */
public class IllegalStageChangeException extends UserFacingException {
    public IllegalStageChangeException(CaseStage from, CaseStage to) {
        super(null, "case.error.illegalStage", from.name(), to.name());
    }
}
