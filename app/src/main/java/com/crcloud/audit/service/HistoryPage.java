package com.crcloud.audit.service;

import java.util.List;

/**
 * One page of an entity's timeline, newest first.
 *
 * @param entries the revisions of the page, each with its changes against the revision before it
 * @param more    whether older revisions follow (ask for them with the last entry's revision as {@code before})
 */
public record HistoryPage<T>(List<HistoryEntry<T>> entries, boolean more) {

    public HistoryPage {
        entries = List.copyOf(entries);
    }
}
