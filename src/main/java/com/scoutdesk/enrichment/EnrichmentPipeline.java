package com.scoutdesk.enrichment;

import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.persistence.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through the queue. Every tier has its own lanes ({@link EnrichmentStage#concurrency()} of them), which drain
 * that tier's due runs highest score first, so a slow or failing source holds up only itself: a stage that throws,
 * is offline or is rate-limited leaves every other stage (and the same track's other tiers) to run. A track's found
 * values and its run's completion commit together, so a crash never makes a committed run run again. Lanes are
 * never interrupted (an interrupt during a database write can close H2's file); {@link #stop()} lets each finish
 * its batch and return.
 */
public final class EnrichmentPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichmentPipeline.class);
    /** The longest an offline source's runs wait before it is tried again. */
    static final Duration OFFLINE_RETRY = OfflineSources.LONGEST;

    private final Database db;
    private final TierRunQueue queue;
    private final List<EnrichmentStage> stages;
    private final Clock clock;
    private final BatchRecorder recorder;
    private final OfflineSources offline;
    private volatile boolean stopping;
    private final List<Consumer<TierOutcome>> listeners = new CopyOnWriteArrayList<>();
    private final LongAdder stageNanos = new LongAdder();
    private final LongAdder overheadNanos = new LongAdder();
    private final LongAdder readNanos = new LongAdder();
    private final LongAdder runsRecorded = new LongAdder();

    public EnrichmentPipeline(Database db, TierRunQueue queue, List<EnrichmentStage> stages, Clock clock) {
        this(db, queue, stages, clock, ScoreRefresh.NONE);
    }

    /**
     * @param scores scores the tracks a batch's stage completed, inside the batch's write transaction, so that each
     *               score is written in the same update as the values it came from
     */
    public EnrichmentPipeline(Database db, TierRunQueue queue, List<EnrichmentStage> stages, Clock clock,
                              ScoreRefresh scores) {
        this.db = db;
        this.queue = queue;
        this.stages = stages.stream().sorted(Comparator.comparingInt(s -> s.tier().number())).toList();
        this.clock = clock;
        this.recorder = new BatchRecorder(db, queue, scores, clock);
        this.offline = new OfflineSources(clock);
    }

    /** The tiers this pipeline has a stage for; runs of other tiers wait in the queue. */
    public List<com.scoutdesk.model.EnrichmentTier> tiers() {
        return stages.stream().map(EnrichmentStage::tier).toList();
    }

    /**
     * One pass over every run that is due now. Each lane (see {@link EnrichmentStage#lane()}) works through its
     * stages in tier order, with as many threads as its stages' concurrency allows; lanes run side by side. A lane's
     * next tier starts asking its source once the tier before has asked about every run; that tier's writes may still
     * be under way, but they commit first, as each lane commits its batches one at a time in the order it asked.
     */
    public PipelineReport runDue() {
        return runDue(RunSelection.all());
    }

    /** One pass, as {@link #runDue()}, over the due runs in {@code selection}; the others stay as they are. */
    public PipelineReport runDue(RunSelection selection) {
        stopping = false;
        offline.newPass();
        Map<String, List<EnrichmentStage>> byLane = new LinkedHashMap<>();
        stages.stream().filter(stage -> selection.includes(stage.tier()))
                .forEach(stage -> byLane.computeIfAbsent(stage.lane(), k -> new ArrayList<>()).add(stage));
        List<Runnable> workers = new ArrayList<>();
        List<LaneWrites> writes = new ArrayList<>();
        AtomicReference<PipelineReport> report = new AtomicReference<>(new PipelineReport(0, 0, 0, 0));
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        for (var laneStages : byLane.entrySet()) {
            List<EnrichmentStage> lane = laneStages.getValue();
            LaneWrites laneWrites = new LaneWrites(laneStages.getKey(), report);
            writes.add(laneWrites);
            int threads = lane.stream().mapToInt(s -> Math.max(1, s.concurrency())).max().orElse(1);
            Phaser tierDone = new Phaser(threads);
            // Once one thread's claim of a stage comes back empty, the stage's other threads claim no more either:
            // each empty claim reads every due run of the tier, and they would only queue up at the tier boundary.
            Map<EnrichmentStage, AtomicBoolean> drained = new HashMap<>();
            lane.forEach(stage -> drained.put(stage, new AtomicBoolean()));
            for (int i = 0; i < threads; i++) {
                int index = i;
                workers.add(() -> {
                    try {
                        for (EnrichmentStage stage : lane) {
                            // A stage allowing fewer threads than the lane has leaves the others waiting at the
                            // phaser.
                            if (index < Math.max(1, stage.concurrency())) {
                                drain(stage, selection, laneWrites, drained.get(stage));
                            }
                            tierDone.arriveAndAwaitAdvance();
                        }
                    } catch (RuntimeException e) {
                        // A read that failed (the database, not a source) ends this thread's part of the lane. It
                        // leaves the phaser, so the lane's other threads go on instead of waiting for it forever.
                        tierDone.arriveAndDeregister();
                        addFailure(failure, e);
                    }
                });
            }
        }
        if (workers.size() == 1) {
            workers.get(0).run();
        } else {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < workers.size(); i++) {
                Thread thread = new Thread(workers.get(i), "enrich-worker-" + i);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
            threads.forEach(EnrichmentPipeline::joinUninterruptibly);
        }
        // Every lane has asked its last question; what it found is committed before the pass reports.
        for (LaneWrites laneWrites : writes) {
            RuntimeException failed = laneWrites.finish();
            if (failed != null) {
                addFailure(failure, failed);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return report.get();
    }

    private static void addFailure(AtomicReference<RuntimeException> failure, RuntimeException e) {
        if (!failure.compareAndSet(null, e) && failure.get() != e) {
            failure.get().addSuppressed(e);
        }
    }

    /** Time spent in stages (waiting on sources) and around them (database, scoring), for the benchmark. */
    public PipelineTimings timings() {
        // Reads of due runs count as the pipeline's reads; a queue shared by pipelines counts for each.
        return new PipelineTimings(stageNanos.sum(), overheadNanos.sum(), readNanos.sum() + queue.readNanos(),
                runsRecorded.sum());
    }

    /** Asks running lanes to finish the batch in hand and return; runs not yet claimed stay pending. */
    public void stop() {
        stopping = true;
    }

    /**
     * Tells {@code listener} of every run outcome once it is committed, on the lane's thread (a window hands it to
     * its own thread). Close the returned handle to stop listening.
     */
    public AutoCloseable subscribe(Consumer<TierOutcome> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void publish(TierOutcome event) {
        for (Consumer<TierOutcome> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("An enrichment listener failed", e);
            }
        }
    }

    /**
     * Drains one stage's due runs. Each batch's outcomes go to the lane's writer while the lane already asks the
     * source about the next batch, so database and scoring time stay off the source's clock (which a rate limit makes
     * the critical path). Claimed runs are held by the queue until their outcomes are committed; a drain cut short
     * hands back what it holds, and after a crash they are simply still due. A write that failed ends the drain, and
     * so does an empty claim by any of the stage's threads ({@code drained}); runs that fall due after it wait for the
     * next pass.
     */
    private void drain(EnrichmentStage stage, RunSelection selection, LaneWrites writes, AtomicBoolean drained) {
        while (!stopping && !writes.failed() && !drained.get()) {
            writes.reserve();
            List<QueuedRun> batch = List.of();
            Map<QueuedRun, StageOutcome> outcomes;
            try {
                batch = claim(stage, selection);
                if (batch.isEmpty()) {
                    drained.set(true);
                    writes.cancel();
                    return;
                }
                outcomes = runBatch(stage, batch);
            } catch (RuntimeException e) {
                queue.release(batch);
                writes.cancel();
                throw e;
            }
            writes.submit(stage, outcomes);
            var unreachable = offline.deferral(stage);
            if (unreachable.isPresent()) {
                // The source is down for every track: the rest of the tier waits for the next probe, unasked.
                drained.set(true);
                writes.countDeferred(queue.deferDue(stage.tier(), selection, unreachable.get().retryAt(),
                        unreachable.get().reason()));
                return;
            }
        }
    }

    /**
     * One lane's writes: a single writer thread commits the lane's batches one transaction at a time, in the order
     * the lane handed them over, so a track's later tier never commits before its earlier one, and a lane's batches
     * never wait on each other's row locks. At most {@link #BACKLOG} batches are claimed and not yet committed, which
     * bounds what a lane holds in memory and what a failing database lets it ask a source in vain. After a write
     * fails, the lane claims nothing more, and batches still waiting are handed back uncommitted (their runs stay
     * due).
     */
    private final class LaneWrites {

        static final int BACKLOG = 32;

        private final ExecutorService writer;
        private final Semaphore backlog = new Semaphore(BACKLOG);
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private final AtomicReference<PipelineReport> report;

        LaneWrites(String lane, AtomicReference<PipelineReport> report) {
            this.report = report;
            this.writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "enrich-writer-" + lane);
                t.setDaemon(true);
                return t;
            });
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

        void submit(EnrichmentStage stage, Map<QueuedRun, StageOutcome> outcomes) {
            writer.execute(() -> {
                try {
                    if (failure.get() == null) {
                        long recordStart = System.nanoTime();
                        recorder.record(stage, outcomes).forEach(EnrichmentPipeline.this::publish);
                        overheadNanos.add(System.nanoTime() - recordStart);
                        runsRecorded.add(outcomes.size());
                        outcomes.values().forEach(o -> report.updateAndGet(r -> r.plus(o)));
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Writing a batch of {} {} runs failed", outcomes.size(), stage.id(), e);
                    failure.compareAndSet(null, e);
                } finally {
                    queue.release(outcomes.keySet());
                    backlog.release();
                }
            });
        }

        /** Waits until every batch handed over has been written; returns the write that failed, if one did. */
        RuntimeException finish() {
            writer.shutdown();
            awaitUninterruptibly(writer::isTerminated, () -> writer.awaitTermination(1, TimeUnit.MINUTES));
            return failure.get();
        }
    }

    private List<QueuedRun> claim(EnrichmentStage stage, RunSelection selection) {
        long start = System.nanoTime();
        List<QueuedRun> batch = queue.claim(stage.tier(), Math.max(1, stage.claimSize()), selection);
        overheadNanos.add(System.nanoTime() - start);
        return batch;
    }

    private static void joinUninterruptibly(Thread thread) {
        awaitUninterruptibly(() -> !thread.isAlive(), thread::join);
    }

    /** A wait that an interrupt may cut short. */
    private interface Wait {
        void await() throws InterruptedException;
    }

    /** Waits until {@code done}, waiting again after an interrupt, whose flag is set again once done. */
    private static void awaitUninterruptibly(BooleanSupplier done, Wait wait) {
        boolean interrupted = false;
        while (!done.getAsBoolean()) {
            try {
                wait.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<QueuedRun, StageOutcome> runBatch(EnrichmentStage stage, List<QueuedRun> batch) {
        long loadStart = System.nanoTime();
        Map<Long, TrackFacts> facts = load(batch);
        overheadNanos.add(System.nanoTime() - loadStart);
        readNanos.add(System.nanoTime() - loadStart);
        Map<QueuedRun, StageOutcome> outcomes = new HashMap<>();
        List<TrackFacts> needed = new ArrayList<>();
        for (QueuedRun run : batch) {
            TrackFacts f = facts.get(run.trackId());
            if (f != null && (run.forced() || stage.needs(f))) {
                needed.add(f);
            } else {
                outcomes.put(run, new StageOutcome.Skipped("already complete and fresh"));
            }
        }
        if (needed.isEmpty()) {
            return outcomes;
        }
        Map<Long, StageOutcome> results = new HashMap<>();
        int size = Math.max(1, stage.batchSize());
        for (int from = 0; from < needed.size(); from += size) {
            List<TrackFacts> part = needed.subList(from, Math.min(needed.size(), from + size));
            List<TrackFacts> rest = needed.subList(from, needed.size());
            if (stopping) {
                results.putAll(all(rest, new StageOutcome.Deferred(clock.instant(), "stopped before its turn; it "
                        + "runs on the next pass")));
                break;
            }
            long stageStart = System.nanoTime();
            try {
                results.putAll(stage.enrich(part));
                offline.reachable(stage);
            } catch (OfflineException e) {
                // Being offline or rate-limited concerns every run not yet asked about; the ones before keep theirs.
                OfflineSources.Deferral deferral = offline.unreachable(stage, e);
                results.putAll(all(rest, new StageOutcome.Deferred(deferral.retryAt(), deferral.reason())));
                break;
            } catch (RateLimitedException e) {
                results.putAll(all(rest, new StageOutcome.Deferred(e.retryAt(), e.getMessage())));
                break;
            } catch (RuntimeException e) {
                LOG.warn("Stage {} failed for a batch of {}", stage.id(), part.size(), e);
                results.putAll(all(part, new StageOutcome.Failed(e.getMessage() == null ? e.toString()
                        : e.getMessage())));
            } finally {
                stageNanos.add(System.nanoTime() - stageStart);
            }
        }
        for (QueuedRun run : batch) {
            if (!outcomes.containsKey(run)) {
                outcomes.put(run, results.getOrDefault(run.trackId(),
                        new StageOutcome.Failed("the " + stage.tier().title() + " stage gave no result")));
            }
        }
        return outcomes;
    }

    private Map<Long, TrackFacts> load(List<QueuedRun> batch) {
        List<Long> ids = batch.stream().map(QueuedRun::trackId).toList();
        return db.readJdbc(c -> TrackFactsReader.read(c, ids));
    }

    private static Map<Long, StageOutcome> all(List<TrackFacts> tracks, StageOutcome outcome) {
        Map<Long, StageOutcome> out = new HashMap<>();
        tracks.forEach(t -> out.put(t.trackId(), outcome));
        return out;
    }
}
