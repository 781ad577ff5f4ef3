package com.crcloud.review.service;

/** The views of the case list a reviewer or approver works from. */
public enum WorkQueue {
    /** Open cases assigned to me. */
    MINE,
    /** Open cases nobody has claimed. */
    UNASSIGNED,
    /** Cases whose proposal waits for a second person, not proposed by me. */
    AWAITING_MY_APPROVAL,
    /** Open cases past their stage's due time. */
    OVERDUE,
    /** Open cases whose comments mention me. */
    MENTIONING_ME,
    /** Every open case. */
    ALL_OPEN,
    /** Decided cases, newest first. */
    DECIDED
}
