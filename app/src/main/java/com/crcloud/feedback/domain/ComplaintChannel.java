package com.crcloud.feedback.domain;

/** How a complaint reached the organisation. */
public enum ComplaintChannel {
    PHONE, EMAIL, LETTER, BRANCH, OTHER
}
