package com.crcloud.review.service;

import java.util.List;
import java.util.UUID;

/**
 * Adds a feature's own events to a customer's timeline, so features built on review cases (feedback, complaints)
 * appear in it without the review package depending on them.
 */
public interface TimelineContributor {

    /** This feature's entries for the customer, in any order, for the tenant in context. */
    List<TimelineEntry> entriesOf(UUID customerId);
}
