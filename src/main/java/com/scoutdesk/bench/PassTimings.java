package com.scoutdesk.bench;

/**
 * Where one benchmarked pass of the pipeline spent its time, as the benchmark reports it.
 *
 * @param stageNanos    inside stages: asking the sources, including waits for their rate limits (summed over lanes)
 * @param overheadNanos the database's own time and the pipeline's reads: claiming runs, reading facts, writing values
 *                      and events, re-scoring
 * @param runs          run outcomes recorded in the pass
 */
public record PassTimings(long stageNanos, long overheadNanos, long runs) {

    /** Overhead per recorded run, in milliseconds. */
    public double overheadMillisPerRun() {
        return runs == 0 ? 0 : overheadNanos / 1e6 / runs;
    }
}
