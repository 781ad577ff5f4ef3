package com.crcloud.review.service;

import com.crcloud.review.domain.DecisionOutcome;

import java.util.UUID;

/** Published after a case's decision was committed and the customer notified (in the deciding user's thread). */
public record CaseDecided(String tenantId, UUID caseId, UUID customerId, DecisionOutcome outcome) {
}
