package com.scoutdesk.enrichment;

import java.util.Map;

/**
 * What a stage made of one claimed batch: an outcome for every run, and how long the stage spent on each run's track
 * (for {@code tier_run.duration_ms}).
 *
 * @param outcomes   by run, one for every run of the batch
 * @param durationMs by track id, for the tracks the stage was asked about; runs it was not asked about took none
 */
record BatchOutcomes(Map<QueuedRun, StageOutcome> outcomes, Map<Long, Long> durationMs) {

    long durationMs(QueuedRun run) {
        return durationMs.getOrDefault(run.trackId(), 0L);
    }

    int size() {
        return outcomes.size();
    }
}
