package com.crcloud.audit.service;

import org.hibernate.envers.RevisionType;

import java.time.Instant;
import java.util.List;

/**
 * One revision of one entity as a compliance officer sees it.
 *
 * @param revision      global revision number
 * @param timestamp     when the change was committed
 * @param username      who made it ({@code system} for jobs without a user)
 * @param reason        the reason entered, if any
 * @param type          added, modified or deleted
 * @param changedFields names of the fields that differ from the previous revision (all set fields for an addition)
 * @param state         the entity as it was after this revision
 */
public record HistoryEntry<T>(long revision, Instant timestamp, String username, String reason, RevisionType type,
                              List<String> changedFields, T state) {
}
