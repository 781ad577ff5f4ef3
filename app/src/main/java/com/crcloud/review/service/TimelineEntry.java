package com.crcloud.review.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event in a customer's history: what happened ({@link Kind}), when, who did it, and the words to show as a
 * message key with its arguments ({@link Label}s among them, alone or in lists, are translated too), so each
 * reader sees it in their language.
 *
 * @param caseId the review case the event belongs to, if any
 */
public record TimelineEntry(Instant at, Kind kind, String actor, String messageKey, List<Object> arguments, UUID caseId) {

    public TimelineEntry {
        arguments = List.copyOf(arguments);
    }

    /** An argument that is itself a message key (a stage, an outcome), translated when shown. */
    public record Label(String key) {
    }

    public enum Kind {
        CUSTOMER_CHANGED, CASE_OPENED, ASSIGNED, STAGE_CHANGED, OVERRIDE, DECISION, COMMENT, MESSAGE, SCREENING,
        SURVEY_SENT, SURVEY_ANSWERED, COMPLAINT_LOGGED, COMPLAINT_RESOLVED
    }
}
