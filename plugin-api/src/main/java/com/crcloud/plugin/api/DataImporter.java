package com.crcloud.plugin.api;

import org.pf4j.ExtensionPoint;

import java.util.List;
import java.util.Map;

/**
 * Takes a file a tenant uploads for a plugin (a watchlist, an identity reference list, ...) and keeps what it
 * needs in the context's {@link RecordStore}. The host shows an upload field for each enabled importer, passes the
 * bytes unchanged and shows the report. A file the importer rejects must leave the stored data as it was.
 */
public interface DataImporter extends ExtensionPoint, Configurable {

    /** What to upload here, by language tag ({@code "en"} required), e.g. "Watchlist: OpenSanctions targets.simple.csv". */
    Map<String, String> fileDescription();

    /**
     * Imports one file.
     *
     * @throws IllegalArgumentException when the file cannot be imported at all; the message is shown to the user
     */
    ImportReport importFile(ExtensionContext context, String fileName, byte[] content);

    /**
     * What an import did.
     *
     * @param accepted records stored
     * @param skipped  records deliberately left out (e.g. organisations in a person watchlist)
     * @param problems line-numbered problems with individual records, for the user to fix
     */
    record ImportReport(int accepted, int skipped, List<String> problems) {
        public ImportReport {
            problems = List.copyOf(problems);
        }
    }
}
