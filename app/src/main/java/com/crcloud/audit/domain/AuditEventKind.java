package com.crcloud.audit.domain;

/** What an {@link AuditEvent} records: reads and trail operations that change no business data. */
public enum AuditEventKind {
    DOCUMENT_DOWNLOADED,
    /** A masked value (ID number, phone) shown in plain on purpose. */
    PERSONAL_DATA_REVEALED,
    TRAIL_EXPORTED,
    TRAIL_VERIFIED,
    HISTORY_PURGED,
    SUBJECT_DATA_EXPORTED
}
