package com.crcloud.bench;

import java.util.Arrays;

/** Runs an operation for warm-up rounds (discarded) and then measured rounds, timing each call on its own. */
public final class Measure {

    public static final int MIN_SAMPLES = 10;

    /** One timed call; a checked exception fails the benchmark. */
    @FunctionalInterface
    public interface Operation {
        void run(int round) throws Exception;
    }

    private Measure() {
    }

    public static Stats latency(int warmup, int rounds, Operation operation) {
        return latency(warmup, rounds, Double.MAX_VALUE, operation);
    }

    /**
     * As {@link #latency(int, int, Operation)}, but the measured rounds stop early once {@code budgetSeconds} have
     * passed (after at least {@value #MIN_SAMPLES} samples), so a slow operation cannot stretch a quick run.
     * The table shows how many samples were taken.
     */
    public static Stats latency(int warmup, int rounds, double budgetSeconds, Operation operation) {
        try {
            for (int i = 0; i < warmup; i++) {
                operation.run(i);
            }
            long[] nanos = new long[rounds];
            long deadline = System.nanoTime() + (long) Math.min(budgetSeconds * 1e9, Long.MAX_VALUE / 2.0);
            int taken = 0;
            while (taken < rounds && (taken < MIN_SAMPLES || System.nanoTime() < deadline)) {
                long started = System.nanoTime();
                operation.run(warmup + taken);
                nanos[taken++] = System.nanoTime() - started;
            }
            return Stats.ofNanos(Arrays.copyOf(nanos, taken));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wall-clock seconds of one run of the work. */
    public static double seconds(Operation work) {
        long started = System.nanoTime();
        try {
            work.run(0);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
