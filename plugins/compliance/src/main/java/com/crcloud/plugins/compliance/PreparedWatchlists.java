package com.crcloud.plugins.compliance;

import com.crcloud.plugin.api.RecordStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tenants' watchlists prepared for screening ({@link WatchlistIndex}), kept in memory between screenings. Each
 * screening reads the tenant's list index (one page of records) and reuses a prepared list as long as the list's
 * version there is unchanged; {@link WatchlistImporter#store} writes a new version with every change, so a re-upload
 * is seen by the next screening. Kept per tenant and list name: one tenant's list never answers another's, whatever
 * their versions. Bounded by the number of entries held: past it the least recently used lists are dropped and
 * prepared again when next needed.
 */
final class PreparedWatchlists {

    /** A prepared entry takes about 2 KB of heap (measured on a 50 000-entry list): 200 000 entries, about 400 MB. */
    static final int DEFAULT_MAX_ENTRIES = 200_000;

    private final int maxEntries;
    private final Map<String, Map<String, Slot>> tenants = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();

    PreparedWatchlists(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** Every list of the tenant, prepared; the store is the tenant's, as the host hands it to the call. */
    List<WatchlistIndex> of(String tenantId, RecordStore store) {
        Map<String, String> versions = WatchlistImporter.versions(store);
        Map<String, Slot> slots = tenants.computeIfAbsent(tenantId, tenant -> new ConcurrentHashMap<>());
        slots.keySet().retainAll(versions.keySet());
        List<WatchlistIndex> lists = new ArrayList<>(versions.size());
        boolean built = false;
        for (Map.Entry<String, String> list : versions.entrySet()) {
            Slot slot = slots.computeIfAbsent(list.getKey(), name -> new Slot());
            built |= slot.refresh(list.getKey(), list.getValue(), store);
            slot.lastUsed = clock.incrementAndGet();
            lists.add(slot.index);
        }
        if (built) {
            evictBeyondLimit();
        }
        return lists;
    }

    /** Drops the least recently used lists while more than the limit of entries is held. */
    private void evictBeyondLimit() {
        List<Held> held = new ArrayList<>();
        long total = 0;
        for (Map<String, Slot> slots : tenants.values()) {
            slots.forEach((listName, slot) -> {
                if (slot.index != null) {
                    held.add(new Held(slots, listName, slot, slot.lastUsed));
                }
            });
        }
        for (Held list : held) {
            total += list.slot().index.size();
        }
        held.sort(Comparator.comparingLong(Held::lastUsed));
        // The most recently used list stays even when it alone exceeds the limit: the screening needs it.
        for (int k = 0; k < held.size() - 1 && total > maxEntries; k++) {
            Held victim = held.get(k);
            total -= victim.slot().index.size();
            victim.owner().remove(victim.listName(), victim.slot());
        }
    }

    private record Held(Map<String, Slot> owner, String listName, Slot slot, long lastUsed) {
    }

    /** One list of one tenant: the index of the version last seen, prepared by one screening while others wait. */
    private static final class Slot {
        private volatile WatchlistIndex index;
        private volatile long lastUsed;

        /** Prepares the list when this version is not the one held; true when it did. */
        boolean refresh(String listName, String version, RecordStore store) {
            if (index != null && index.version().equals(version)) {
                return false;
            }
            synchronized (this) {
                if (index != null && index.version().equals(version)) {
                    return false;
                }
                index = WatchlistIndex.build(listName, version, WatchlistImporter.load(store, listName));
                return true;
            }
        }
    }
}
