package com.crcloud.customer.service;

import com.crcloud.tenant.support.UserFacingException;

/** Someone else saved the record since it was opened; overwriting their change silently is not an option. */
public class ConcurrentChangeException extends UserFacingException {
    public ConcurrentChangeException() {
        super(null, "error.concurrentChange");
    }
}
