package com.crcloud.plugin.api;

import java.util.List;

/** Something that happened in the host that plugins may react to. More event kinds may appear in minor versions. */
public sealed interface LifecycleEvent {

    /** A review case reached a decision, e.g. {@code APPROVED} or {@code REJECTED}. */
    record CaseDecided(String caseId, String customerId, String decision) implements LifecycleEvent {
    }

    /** A customer's data changed; {@code changedFields} names the snapshot fields involved. */
    record CustomerDataChanged(String customerId, List<String> changedFields) implements LifecycleEvent {
        public CustomerDataChanged {
            changedFields = List.copyOf(changedFields);
        }
    }

    /** A watchlist was uploaded or replaced. */
    record WatchlistUpdated(String watchlistId) implements LifecycleEvent {
    }
}
