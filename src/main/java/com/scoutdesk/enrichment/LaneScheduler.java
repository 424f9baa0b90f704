package com.scoutdesk.enrichment;

import com.scoutdesk.concurrent.NamedThreads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Phaser;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Schedules a pass over the lanes as {@link EnrichmentPipeline#runDue()} describes it: a lane gets as many threads as
 * its widest stage allows and one {@link LaneWriter}; its threads meet at a phaser after each tier, so the next tier
 * starts asking once the one before has asked about every run. Lanes run side by side, each on its own threads.
 */
final class LaneScheduler {

    private final StageDrain drain;
    private final LaneWriter.Shared writing;

    LaneScheduler(StageDrain drain, LaneWriter.Shared writing) {
        this.drain = drain;
        this.writing = writing;
    }

    /** Runs every lane of {@code stages} to its end and reports once every lane's writes are committed. */
    PipelineReport run(List<EnrichmentStage> stages, RunSelection selection) {
        Map<String, List<EnrichmentStage>> byLane = new LinkedHashMap<>();
        stages.forEach(stage -> byLane.computeIfAbsent(stage.lane(), k -> new ArrayList<>()).add(stage));
        AtomicReference<PipelineReport> report = new AtomicReference<>(new PipelineReport(0, 0, 0, 0));
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Runnable> workers = new ArrayList<>();
        List<LaneWriter> writers = new ArrayList<>();
        // Workers still at work, all lanes: a lane waiting for another's answers waits only while it is at work.
        AtomicInteger working = new AtomicInteger();
        byLane.forEach((lane, laneStages) -> {
            LaneWriter writer = new LaneWriter(lane, writing, report);
            writers.add(writer);
            AtomicInteger laneWorking = new AtomicInteger();
            BooleanSupplier othersActive = () -> working.get() > laneWorking.get();
            for (Runnable worker : laneWorkers(laneStages, selection, writer, failure, othersActive)) {
                working.incrementAndGet();
                laneWorking.incrementAndGet();
                workers.add(() -> {
                    try {
                        worker.run();
                    } finally {
                        // The lane's last worker counts as at work until its answers are committed: a lane waiting
                        // for them would otherwise see nobody at work and end its part of the pass a moment early.
                        if (laneWorking.decrementAndGet() == 0) {
                            writer.awaitWritten();
                        }
                        working.decrementAndGet();
                    }
                });
            }
        });
        runAll(workers);
        // Every lane has asked its last question; what it found is committed before the pass reports.
        for (LaneWriter writer : writers) {
            RuntimeException failed = writer.finish();
            if (failed != null) {
                addFailure(failure, failed);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return report.get();
    }

    private List<Runnable> laneWorkers(List<EnrichmentStage> lane, RunSelection selection, LaneWriter writer,
                                       AtomicReference<RuntimeException> failure, BooleanSupplier othersActive) {
        int threads = lane.stream().mapToInt(s -> Math.max(1, s.concurrency())).max().orElse(1);
        Phaser tierDone = new Phaser(threads);
        // Once one thread's claim of a stage comes back empty, the stage's other threads claim no more either:
        // each empty claim reads every due run of the tier, and they would only queue up at the tier boundary.
        Map<EnrichmentStage, AtomicBoolean> drained = new HashMap<>();
        lane.forEach(stage -> drained.put(stage, new AtomicBoolean()));
        List<Runnable> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            workers.add(() -> {
                try {
                    for (EnrichmentStage stage : lane) {
                        // A stage allowing fewer threads than the lane has leaves the others waiting at the phaser.
                        if (index < Math.max(1, stage.concurrency())) {
                            drain.drain(stage, selection, writer, drained.get(stage), othersActive);
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
        return workers;
    }

    /** A single worker runs on the caller's thread; more run side by side, and the caller waits for them all. */
    private static void runAll(List<Runnable> workers) {
        if (workers.size() == 1) {
            workers.get(0).run();
            return;
        }
        ThreadFactory threads = NamedThreads.daemon("enrich-worker");
        List<Thread> started = new ArrayList<>();
        for (Runnable worker : workers) {
            Thread thread = threads.newThread(worker);
            thread.start();
            started.add(thread);
        }
        started.forEach(Uninterruptibly::join);
    }

    private static void addFailure(AtomicReference<RuntimeException> failure, RuntimeException e) {
        if (!failure.compareAndSet(null, e) && failure.get() != e) {
            failure.get().addSuppressed(e);
        }
    }
}
