package com.crcloud.flow.service;

/**
 * One difference between two flow definitions, for the side-by-side comparison and the revision reason.
 *
 * @param area    STAGE, STEP, RULE, RISK_BANDS, RESULT, SERVICE_PLAN, SLA, RE_REVIEW or DOCUMENTS
 * @param subject what changed, e.g. the rule's or stage's name
 * @param before  readable text before, null when added
 * @param after   readable text after, null when removed
 */
public record FlowChange(String area, String subject, String before, String after) {

    /** One line for the revision reason, e.g. {@code RULE 'Low risk': ... → ...}. */
    public String line() {
        return area + " '" + subject + "': " + (before == null ? "added" : after == null ? "removed" : before + " → " + after);
    }
}
