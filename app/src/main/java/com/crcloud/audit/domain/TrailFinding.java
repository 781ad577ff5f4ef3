package com.crcloud.audit.domain;

/**
 * One thing verification found wrong.
 *
 * @param kind     what is wrong
 * @param revision the revision concerned (for a live row: its latest audited revision), if any
 * @param table    the table concerned, if any
 * @param entityId the row concerned, if any
 * @param column   the column that differs, if known
 */
public record TrailFinding(Kind kind, Long revision, String table, String entityId, String column) {

    public enum Kind {
        /** The revision's audit rows or metadata no longer produce the hash sealed for it. */
        REVISION_ALTERED,
        /** A sealed position of the chain is missing (a revision was deleted). */
        REVISION_MISSING,
        /** A live row differs from its latest audited state. */
        LIVE_ROW_ALTERED,
        /** A live row has no audited state at all (inserted outside the application). */
        LIVE_ROW_UNAUDITED,
        /** The audit trail says the row exists but it is gone (deleted outside the application). */
        LIVE_ROW_MISSING
    }
}
