package com.crcloud.bench;

/** One of the benchmarks; it adds its rows to the run's report. */
public interface Benchmark {

    /** Short id used by {@code -Dbench.only} and in the table, e.g. "5-assessment". */
    String id();

    void run(BenchContext bench) throws Exception;
}
