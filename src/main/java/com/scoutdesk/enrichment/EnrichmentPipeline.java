package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.persistence.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 *
 * <p>The parts: {@link LaneScheduler} runs the lanes side by side, {@link StageDrain} claims a stage's batches,
 * {@link BatchRunner} asks the stage about one, {@link LaneWriter} commits it through {@link BatchRecorder}, and
 * {@link TimingTotals} keeps the time each part took.
 */
public final class EnrichmentPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichmentPipeline.class);
    /** The longest an offline source's runs wait before it is tried again. */
    static final Duration OFFLINE_RETRY = OfflineSources.LONGEST;

    private final TierRunQueue queue;
    private final List<EnrichmentStage> stages;
    private final OfflineSources offline;
    private final TimingTotals timings = new TimingTotals();
    private final LaneScheduler lanes;
    private final List<Consumer<TierOutcome>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;
    /** Set by {@link #pause()}: no pass starts, and the one under way stops, until {@link #resume()}. */
    private volatile boolean paused;

    public EnrichmentPipeline(Database db, TierRunQueue queue, List<EnrichmentStage> stages, Clock clock) {
        this(db, queue, stages, clock, ScoreRefresh.NONE);
    }

    /**
     * @param scores scores the tracks a batch's stage completed, inside the batch's write transaction, so that each
     *               score is written in the same update as the values it came from
     */
    public EnrichmentPipeline(Database db, TierRunQueue queue, List<EnrichmentStage> stages, Clock clock,
                              ScoreRefresh scores) {
        this.queue = queue;
        this.stages = stages.stream().sorted(Comparator.comparingInt(s -> s.tier().number())).toList();
        queue.waitFor(Prerequisites.configured(this.stages));
        this.offline = new OfflineSources(clock);
        BatchRunner runner = new BatchRunner(db, clock, offline, timings, this::stopping);
        StageDrain drain = new StageDrain(queue, runner, offline, timings, this::stopping);
        BatchRecorder recorder = new BatchRecorder(db, queue, scores, clock);
        this.lanes = new LaneScheduler(drain, new LaneWriter.Shared(recorder, queue, timings, this::publish));
    }

    /** The tiers this pipeline has a stage for; runs of other tiers wait in the queue. */
    public List<EnrichmentTier> tiers() {
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
        if (paused) {
            return new PipelineReport(0, 0, 0, 0);
        }
        stopping = false;
        offline.newPass();
        return lanes.run(stages.stream().filter(stage -> selection.includes(stage.tier())).toList(), selection);
    }

    /** Time spent in stages (waiting on sources) and around them (database, scoring), for the benchmark. */
    public PipelineTimings timings() {
        // Reads of due runs count as the pipeline's reads; a queue shared by pipelines counts for each.
        return timings.snapshot(queue.readNanos());
    }

    /** Asks running lanes to finish the batch in hand and return; runs not yet claimed stay pending. */
    public void stop() {
        stopping = true;
    }

    /**
     * Stops the pass under way as {@link #stop()} does, and starts no other (a call to {@link #runDue} returns an
     * empty report) until {@link #resume()}. Only this pipeline's passes pause: the queue keeps every run.
     */
    public void pause() {
        paused = true;
    }

    /** Lets passes run again; the runs that waited are due at the next one. */
    public void resume() {
        paused = false;
    }

    public boolean isPaused() {
        return paused;
    }

    /** Whether the lanes should return after the batch in hand: a pause counts even if it came as a pass began. */
    private boolean stopping() {
        return stopping || paused;
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
}
