package com.crcloud.plugins.compliance;

import java.util.List;

/**
 * What an upload produced, for the upload screen to show before the list is stored.
 *
 * @param entries the persons read, in file order
 * @param skipped rows deliberately left out (e.g. OpenSanctions organisations, companies, vessels)
 * @param errors  rows that could not be read and were not imported, with the line they start on
 */
public record ImportResult(List<WatchlistEntry> entries, int skipped, List<LineError> errors) {

    /** A row that was not imported. {@code line} is 1-based and counts physical lines (header included). */
    public record LineError(int line, String message) {
    }

    public ImportResult {
        entries = List.copyOf(entries);
        errors = List.copyOf(errors);
    }
}
