package com.crcloud.review.service;

import com.crcloud.review.domain.ReviewCase;

/** A case in a work queue with the customer's name, loaded for the whole page at once. */
public record CaseRow(ReviewCase reviewCase, String customerName, boolean overdue) {
}
