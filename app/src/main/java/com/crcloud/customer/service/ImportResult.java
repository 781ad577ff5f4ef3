package com.crcloud.customer.service;

import java.util.List;

/**
 * What an import did.
 *
 * @param read     customer rows in the file
 * @param imported customers stored
 * @param problems every problem of every refused row, in file order
 */
public record ImportResult(String fileName, ImportMode mode, Outcome outcome, long read, long imported, List<RowProblem> problems) {

    /** How the import ended. */
    public enum Outcome {
        /** Every acceptable row was stored (in all-or-nothing mode: every row). */
        IMPORTED,
        /** All-or-nothing and some rows were refused: nothing was stored. */
        NOTHING_WRITTEN,
        /** All-or-nothing and a row was refused while writing (another user stored the same ID meanwhile): the rows already stored were removed again. */
        UNDONE
    }

    public ImportResult {
        problems = List.copyOf(problems);
    }

    /** Rows refused for at least one problem. */
    public long rejected() {
        return problems.stream().mapToLong(RowProblem::row).distinct().count();
    }
}
