package com.crcloud.bench;

import java.util.Arrays;

/**
 * Latency distribution of one measured series, in milliseconds. Percentiles are nearest-rank over the measured
 * samples only (warm-up samples are discarded before this is built).
 */
public record Stats(int samples, double medianMs, double p95Ms, double p99Ms, double meanMs, double maxMs) {

    public static Stats ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long value : sorted) {
            sum += value;
        }
        return new Stats(sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                sum / sorted.length / 1e6, ms(sorted[sorted.length - 1]));
    }

    /** Operations per second a single thread sustains at the mean latency. */
    public double perSecond() {
        return 1000 / meanMs;
    }

    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
