package com.crcloud.customer.service;

/** How far a running import has got: rows done of the file's rows in the current phase. */
public record ImportProgress(Phase phase, long done, long total) {

    /** What the import is doing: checking every row before writing (all-or-nothing), writing, or undoing. */
    public enum Phase { CHECKING, WRITING, UNDOING }

    public double fraction() {
        return total == 0 ? 1 : Math.min(1, (double) done / total);
    }
}
