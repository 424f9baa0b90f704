package com.scoutdesk.enrichment;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Drains one stage's due runs, on one of its lane's threads. Each batch's outcomes go to the lane's writer while the
 * lane already asks the source about the next batch, so database and scoring time stay off the source's clock (which
 * a rate limit makes the critical path). Claimed runs are held by the queue until their outcomes are committed; a
 * drain cut short hands back what it holds, and after a crash they are simply still due. A write that failed ends
 * the drain, and so does an empty claim by any of the stage's threads ({@code drained}); runs that fall due after it
 * wait for the next pass.
 */
final class StageDrain {

    private final TierRunQueue queue;
    private final BatchRunner runner;
    private final OfflineSources offline;
    private final TimingTotals timings;
    private final BooleanSupplier stopping;

    StageDrain(TierRunQueue queue, BatchRunner runner, OfflineSources offline, TimingTotals timings,
               BooleanSupplier stopping) {
        this.queue = queue;
        this.runner = runner;
        this.offline = offline;
        this.timings = timings;
        this.stopping = stopping;
    }

    /** How long a stage waiting for another lane's answers waits before claiming again. */
    private static final long WAIT_FOR_LANES_MS = 200;

    /**
     * @param othersActive whether another lane of the pass is still at work: a stage whose runs wait for its
     *                     prerequisites claims again while one is, rather than leaving those runs to the next pass
     */
    void drain(EnrichmentStage stage, RunSelection selection, LaneWriter writer, AtomicBoolean drained,
               BooleanSupplier othersActive) {
        while (!stopping.getAsBoolean() && !writer.failed() && !drained.get()) {
            writer.reserve();
            List<QueuedRun> batch = List.of();
            BatchOutcomes outcomes;
            try {
                // Asked before the claim: if no other lane is at work now, nothing can release a run after it.
                boolean others = othersActive.getAsBoolean();
                batch = claim(stage, selection);
                if (batch.isEmpty() && others) {
                    if (queue.blockedByDue(stage.tier(), selection) > 0) {
                        writer.cancel();
                        if (!pause()) {
                            return;
                        }
                        continue;
                    }
                    // None blocked now, yet the claim found nothing: a prerequisite may have settled in between.
                    batch = claim(stage, selection);
                }
                if (batch.isEmpty()) {
                    drained.set(true);
                    writer.cancel();
                    return;
                }
                outcomes = runner.run(stage, batch);
            } catch (RuntimeException e) {
                queue.release(batch);
                writer.cancel();
                throw e;
            }
            writer.submit(stage, outcomes);
            var unreachable = offline.deferral(stage);
            if (unreachable.isPresent()) {
                // The source is down for every track: the rest of the tier waits for the next probe, unasked.
                drained.set(true);
                writer.countDeferred(queue.deferDue(stage.tier(), selection, unreachable.get().retryAt(),
                        unreachable.get().reason()));
                return;
            }
        }
    }

    /** False when interrupted: the drain ends and its runs stay due. */
    private static boolean pause() {
        try {
            Thread.sleep(WAIT_FOR_LANES_MS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<QueuedRun> claim(EnrichmentStage stage, RunSelection selection) {
        long start = System.nanoTime();
        List<QueuedRun> batch = queue.claim(stage.tier(), Math.max(1, stage.claimSize()), selection);
        timings.overhead(System.nanoTime() - start);
        return batch;
    }
}
