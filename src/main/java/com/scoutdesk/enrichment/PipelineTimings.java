package com.scoutdesk.enrichment;

/**
 * Where a pipeline's time went, summed over its threads since it was built.
 *
 * @param stageNanos    inside stages: asking the sources, including waits for their rate limits
 * @param overheadNanos around them: claiming runs, reading facts, writing values and events, re-scoring
 * @param runs          run outcomes recorded
 */
public record PipelineTimings(long stageNanos, long overheadNanos, long runs) {

    /** Overhead per recorded run, in milliseconds. */
    public double overheadMillisPerRun() {
        return runs == 0 ? 0 : overheadNanos / 1e6 / runs;
    }
}
