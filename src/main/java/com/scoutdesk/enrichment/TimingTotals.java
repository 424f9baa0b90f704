package com.scoutdesk.enrichment;

import java.util.concurrent.atomic.LongAdder;

/**
 * Where a pipeline's time went, summed over its threads since it was built: the counters behind
 * {@link EnrichmentPipeline#timings()}, which the benchmark reads.
 */
final class TimingTotals {

    private final LongAdder stageNanos = new LongAdder();
    private final LongAdder overheadNanos = new LongAdder();
    private final LongAdder readNanos = new LongAdder();
    private final LongAdder runsRecorded = new LongAdder();

    /** Time inside a stage, asking its source. */
    void stage(long nanos) {
        stageNanos.add(nanos);
    }

    /** Time around the stages: claiming runs, writing what they found, scoring. */
    void overhead(long nanos) {
        overheadNanos.add(nanos);
    }

    /** Reading the facts a stage gets, which is overhead too. */
    void read(long nanos) {
        overheadNanos.add(nanos);
        readNanos.add(nanos);
    }

    void recorded(int runs) {
        runsRecorded.add(runs);
    }

    /** @param queueReadNanos the queue's own reads of due runs, which count as the pipeline's reads */
    PipelineTimings snapshot(long queueReadNanos) {
        return new PipelineTimings(stageNanos.sum(), overheadNanos.sum(), readNanos.sum() + queueReadNanos,
                runsRecorded.sum());
    }
}
