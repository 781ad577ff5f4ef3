package com.crcloud.feedback.domain;

/** How far a complaint has been handled. */
public enum ComplaintStatus {
    OPEN, IN_PROGRESS, RESOLVED
}
