package com.scoutdesk.service;

import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.PipelineReport;
import com.scoutdesk.enrichment.QueueProgress;
import com.scoutdesk.enrichment.QueueReports;
import com.scoutdesk.enrichment.RunSelection;
import com.scoutdesk.enrichment.TierOutcome;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.model.EnrichmentTier;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The enrichment use cases: queue tracks again, run a pass over a scope, follow it live, and see what the queue
 * holds. Both front ends call these; the pipeline and its durable queue stay behind them.
 */
public final class EnrichmentService {

    private final TierRunQueue queue;
    private final EnrichmentPipeline pipeline;
    private final ProviderWaits waits;
    private final TrackQueryService tracks;
    private final Runnable passWanted;

    /** A service whose queued runs wait for whoever runs passes ({@code scoutdesk enrich}, a test). */
    public EnrichmentService(TierRunQueue queue, EnrichmentPipeline pipeline, ProviderWaits waits,
                             TrackQueryService tracks) {
        this(queue, pipeline, waits, tracks, () -> { });
    }

    /**
     * @param passWanted asks the window's background enrichment to start a pass now (it otherwise waits for its
     *                   next period), so tracks the scout queued again update while the scout watches
     */
    public EnrichmentService(TierRunQueue queue, EnrichmentPipeline pipeline, ProviderWaits waits,
                             TrackQueryService tracks, Runnable passWanted) {
        this.queue = queue;
        this.pipeline = pipeline;
        this.waits = waits;
        this.tracks = tracks;
        this.passWanted = passWanted;
    }

    /** The tiers something configured can run; the others wait (e.g. for Spotify credentials). */
    public List<EnrichmentTier> runnableTiers() {
        return pipeline.tiers();
    }

    /** The playlist's tracks (as the dashboard's playlist filter finds them) in these tiers: a playlist re-enriched. */
    public EnrichmentScope playlistScope(long playlistId, Collection<EnrichmentTier> tiers) {
        return EnrichmentScope.of(trackIds(TrackFilter.all().withPlaylist(playlistId)), tiers);
    }

    /**
     * Queues the scope's runs again, even those done and fresh (re-enrich); a scope of every track queues every
     * stored track. In the window a pass starts at once; elsewhere the runs wait for the next pass.
     */
    public Requeued queueAgain(EnrichmentScope scope) {
        List<Long> ids = scope.tracks().orElseGet(() -> trackIds(TrackFilter.all()));
        Requeued queued = new Requeued(queue.enqueue(ids, scope.tiers(), true), ids.size());
        passWanted.run();
        return queued;
    }

    /** How many runs of {@code tier} in the scope are due now. */
    public int dueCount(EnrichmentTier tier, EnrichmentScope scope) {
        return queue.dueCount(tier, selection(scope));
    }

    /**
     * Runs every due run in the scope, telling {@code listener} of each outcome and of the providers' waits. Returns
     * when the pass is over (or stopped because the workspace closes).
     */
    public EnrichmentReport run(EnrichmentScope scope, EnrichmentListener listener) {
        try (Subscription outcomes = subscribe(listener::outcome);
             Subscription providers = waits.subscribe(listener)) {
            PipelineReport r = pipeline.runDue(selection(scope));
            return new EnrichmentReport(r.done(), r.skipped(), r.failed(), r.deferred());
        }
    }

    /**
     * Tells {@code listener} of every run outcome once it is committed, whoever started the pass (the window's
     * background enrichment too), on the lane's thread. Close the handle to stop.
     */
    public Subscription subscribe(Consumer<TierRunEvent> listener) {
        return Subscription.of(pipeline.subscribe((TierOutcome o) -> listener.accept(new TierRunEvent(o.trackId(),
                o.tier(), o.outcome(), o.message(), o.at()))));
    }

    /**
     * Stops the pass under way (whoever started it, the window's background enrichment too) once each lane has
     * written the batch in hand; the runs not asked about yet stay queued for the next pass. Returns at once.
     */
    public void cancel() {
        pipeline.stop();
    }

    /**
     * Stops the pass under way as {@link #cancel()} does and starts no other in this process until
     * {@link #resume()}: a {@link #run} meanwhile returns an empty report. Nothing is lost; the queue keeps every run.
     */
    public void pause() {
        pipeline.pause();
    }

    /** Lets passes run again; in the window a pass starts at once, elsewhere what waited runs at the next pass. */
    public void resume() {
        pipeline.resume();
        passWanted.run(); // what waited starts now in the window, not at the next background pass
    }

    public boolean isPaused() {
        return pipeline.isPaused();
    }

    /** The tiers something here can run (configured providers), as {@link #status} reports them. */
    public Set<EnrichmentTier> configuredTiers() {
        return Set.copyOf(pipeline.tiers());
    }

    /**
     * A number that changes whenever the queue does; while it stays the same, {@link #status} and {@link #progress}
     * (for the same moment) answer as before. Empty where the database cannot tell cheaply: ask them then.
     */
    public OptionalLong queueChangeMark() {
        return queue.reports().changeMark();
    }

    /** The queue: runs per tier and status, what waits and why, and up to {@code problemLimit} failed runs. */
    public EnrichmentStatus status(int problemLimit) {
        QueueReports reports = queue.reports();
        return new EnrichmentStatus(
                reports.counts().stream().map(c -> new TierRunCount(c.tier(), c.status(), c.runs())).toList(),
                reports.waits().stream().map(w -> new TierRunWait(w.tier(), w.reason(), w.nextTry(), w.runs()))
                        .toList(),
                reports.problems(problemLimit).stream().map(p -> new TierRunProblem(p.spotifyId(), p.trackName(),
                        p.tier(), p.status(), p.attempts(), p.nextAttemptAt(), p.reason())).toList(),
                configuredTiers(), pipeline.isPaused());
    }

    /**
     * How far the queue's work has come since {@code since}: what is outstanding now and what was settled since, per
     * tier and in distinct tracks (over the tiers something configured can run).
     */
    public EnrichmentProgress progress(Instant since) {
        QueueProgress p = queue.reports().progress(since, pipeline.tiers());
        return new EnrichmentProgress(since, p.tiers().stream().map(t -> new EnrichmentProgress.TierProgress(t.tier(),
                t.outstanding(), t.settled(), t.failed())).toList(), p.outstandingTracks(), p.settledTracks());
    }

    private List<Long> trackIds(TrackFilter filter) {
        return tracks.find(filter, 0, Integer.MAX_VALUE).rows().stream().map(TrackRow::id).toList();
    }

    private static RunSelection selection(EnrichmentScope scope) {
        return scope.tracks().map(ids -> RunSelection.of(ids, scope.tiers()))
                .orElseGet(() -> RunSelection.ofTiers(scope.tiers()));
    }
}
