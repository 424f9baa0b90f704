package com.scoutdesk.enrichment;

/**
 * Where a pipeline's time went, summed over its threads since it was built.
 *
 * @param stageNanos    inside stages: asking the sources, including waits for their rate limits
 * @param overheadNanos around them: claiming runs, reading facts, writing values and events, re-scoring (as each
 *                      thread saw it, so waits for the single database writer count once per waiting thread)
 * @param readNanos     of that, reading due runs (waits for the queue's lock excluded) and the facts the stages
 *                      get (reads wait for nobody)
 * @param runs          run outcomes recorded
 */
public record PipelineTimings(long stageNanos, long overheadNanos, long readNanos, long runs) {

    /** Overhead per recorded run, in milliseconds. */
    public double overheadMillisPerRun() {
        return runs == 0 ? 0 : overheadNanos / 1e6 / runs;
    }
}
