package com.crcloud.feedback.service;

import com.crcloud.feedback.domain.ComplaintCategory;
import com.crcloud.feedback.domain.ComplaintChannel;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint as staff enter it; any value may be missing, the service says which are required.
 *
 * @param caseId the review case it concerns, if any
 */
public record NewComplaint(UUID customerId, UUID caseId, ComplaintChannel channel, ComplaintCategory category,
                           String description, Instant receivedAt) {
}
