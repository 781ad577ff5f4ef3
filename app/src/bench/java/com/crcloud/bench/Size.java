package com.crcloud.bench;

import java.util.List;
import java.util.Locale;

/**
 * How much data and how many rounds a run uses. {@code QUICK} is meant to finish in under five minutes on two
 * cores; {@code FULL} is the scale (several hours, a large heap and MariaDB recommended).
 *
 * @param tenantShare          the benchmark tenant's share of all customers ("1M among 5M")
 * @param queueTotals          total customer counts at which the work queue and search are measured (the curve)
 * @param importRows           customers in the imported CSV file
 * @param watchlistEntries     entries of the screening watchlist for latency and throughput
 * @param qualityListEntries   entries of the watchlist the labelled set is screened against (precision/recall)
 * @param auditRevisionTotals  revisions of the tenant at which the audit log page is measured
 * @param entityRevisions      revisions of the one customer whose timeline is read
 * @param openUis              simulated sessions per view for the memory benchmark
 * @param reviewers            reviewers deciding different cases at once
 * @param sameCaseEditors      people editing one case at once
 * @param warmup               discarded rounds before each latency series
 * @param rounds               measured rounds of each latency series
 */
public record Size(String name, double tenantShare, List<Integer> queueTotals, int importRows, int watchlistEntries,
                   int qualityListEntries,
                   List<Integer> auditRevisionTotals, int entityRevisions, int openUis, int reviewers, int sameCaseEditors,
                   int warmup, int rounds) {

    public static final Size QUICK = new Size("quick", 0.2, List.of(10_000, 50_000), 1_000, 50_000, 5_000,
            List.of(20_000, 100_000), 1_000, 50, 50, 5, 30, 100);
    public static final Size FULL = new Size("full", 0.2, List.of(100_000, 1_000_000, 5_000_000), 100_000, 50_000, 50_000,
            List.of(500_000, 1_000_000, 5_000_000), 1_000, 500, 50, 5, 200, 2_000);

    public static Size named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "quick" -> QUICK;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("bench.size must be quick or full, not " + name);
        };
    }
}
