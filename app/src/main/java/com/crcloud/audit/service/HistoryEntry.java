package com.crcloud.audit.service;

import org.hibernate.envers.RevisionType;

import java.time.Instant;
import java.util.List;

/**
 * One revision of one entity as a compliance officer sees it.
 *
 * @param revision global revision number
 * @param timestamp when the change was committed
 * @param username who made it ({@code system} for jobs without a user)
 * @param roles    the author's roles at the time, comma-separated (empty for system work)
 * @param screen   the screen the change was made from, if recorded
 * @param reason   the reason entered, if any
 * @param type     added, modified or deleted
 * @param changes  the fields that differ from the previous revision, old and new value (all set fields for an addition)
 * @param state    the entity as it was after this revision (its last state, for a deletion)
 */
public record HistoryEntry<T>(long revision, Instant timestamp, String username, String roles, String screen, String reason,
                              RevisionType type, List<FieldChange> changes, T state) {

    /** Names of the fields that differ from the previous revision. */
    public List<String> changedFields() {
        return changes.stream().map(FieldChange::field).toList();
    }
}
