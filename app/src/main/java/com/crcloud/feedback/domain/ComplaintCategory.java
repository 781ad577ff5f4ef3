package com.crcloud.feedback.domain;

/** What a complaint is about; reported per category on the effectiveness dashboard. */
public enum ComplaintCategory {
    DECISION, SERVICE, DATA_PROTECTION, FEES, OTHER
}
