package com.crcloud.review.domain;

/** Why a review case was opened. */
public enum CaseTrigger {
    /** A reviewer started the first review of a customer. */
    INITIAL,
    /** The next review date, set from the risk class, came due. */
    PERIODIC,
    /** Finances or credit record changed and the risk class changed with them. */
    DATA_CHANGE,
    /** A watchlist update changed the customer's screening outcome. */
    WATCHLIST
}
