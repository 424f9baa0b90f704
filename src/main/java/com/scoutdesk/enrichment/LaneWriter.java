package com.scoutdesk.enrichment;

import com.scoutdesk.concurrent.NamedThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One lane's writes: a single writer thread commits the lane's batches one transaction at a time, in the order
 * the lane handed them over, so a track's later tier never commits before its earlier one, and a lane's batches
 * never wait on each other's row locks. At most {@link #BACKLOG} batches are claimed and not yet committed, which
 * bounds what a lane holds in memory and what a failing database lets it ask a source in vain. After a write
 * fails, the lane claims nothing more, and batches still waiting are handed back uncommitted (their runs stay
 * due).
 */
final class LaneWriter {

    private static final Logger LOG = LoggerFactory.getLogger(LaneWriter.class);
    static final int BACKLOG = 32;

    /** What every lane's writer of a pipeline shares. */
    record Shared(BatchRecorder recorder, TierRunQueue queue, TimingTotals timings, Consumer<TierOutcome> publish) {
    }

    private final Shared shared;
    private final ExecutorService writer;
    private final Semaphore backlog = new Semaphore(BACKLOG);
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final AtomicReference<PipelineReport> report;

    /** @param report the pass's report, which every lane's writer adds its committed outcomes to */
    LaneWriter(String lane, Shared shared, AtomicReference<PipelineReport> report) {
        this.shared = shared;
        this.report = report;
        this.writer = Executors.newSingleThreadExecutor(NamedThreads.daemon("enrich-writer-" + lane));
    }

    /** Waits for room for one more batch; a {@link #submit} or {@link #cancel} gives it back. */
    void reserve() {
        backlog.acquireUninterruptibly();
    }

    void cancel() {
        backlog.release();
    }

    boolean failed() {
        return failure.get() != null;
    }

    /** Runs deferred in bulk, outside any batch, count in the pass's report. */
    void countDeferred(int runs) {
        report.updateAndGet(r -> r.plusDeferred(runs));
    }

    void submit(EnrichmentStage stage, BatchOutcomes batch) {
        writer.execute(() -> {
            try {
                if (failure.get() == null) {
                    long recordStart = System.nanoTime();
                    shared.recorder().record(stage, batch).forEach(shared.publish());
                    shared.timings().overhead(System.nanoTime() - recordStart);
                    shared.timings().recorded(batch.size());
                    batch.outcomes().values().forEach(o -> report.updateAndGet(r -> r.plus(o)));
                }
            } catch (RuntimeException e) {
                LOG.warn("Writing a batch of {} {} runs failed", batch.size(), stage.id(), e);
                failure.compareAndSet(null, e);
            } finally {
                shared.queue().release(batch.outcomes().keySet());
                backlog.release();
            }
        });
    }

    /**
     * Waits until every batch handed over so far has been committed (or handed back), without closing the writer: a
     * lane whose last question is answered still counts as at work until its answers are in the database, where
     * the runs waiting for them look.
     */
    void awaitWritten() {
        backlog.acquireUninterruptibly(BACKLOG);
        backlog.release(BACKLOG);
    }

    /** Waits until every batch handed over has been written; returns the write that failed, if one did. */
    RuntimeException finish() {
        writer.shutdown();
        Uninterruptibly.await(writer::isTerminated, () -> writer.awaitTermination(1, TimeUnit.MINUTES));
        return failure.get();
    }
}
