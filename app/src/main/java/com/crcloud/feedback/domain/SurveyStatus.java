package com.crcloud.feedback.domain;

/** Where a survey offered to a customer stands. */
public enum SurveyStatus {
    /** Offered to the customer; no answers recorded yet. */
    SENT,
    /** The customer's answers were recorded and scored. */
    ANSWERED,
    /** Not answered, and replaced by a newer survey of the same channel. */
    EXPIRED
}
