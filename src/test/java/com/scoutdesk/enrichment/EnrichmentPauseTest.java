package com.scoutdesk.enrichment;

import static com.scoutdesk.enrichment.fields.IsrcFields.ISRC;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.EnrichmentPipelineTest.ScriptedStage;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stopping the pass under way, and pausing the pipeline: the queue keeps every run not asked about yet. */
class EnrichmentPauseTest extends QueuedTracksFixture {

    final AtomicReference<Runnable> duringFirstCall = new AtomicReference<>(() -> { });
    final ScriptedStage isrc = new ScriptedStage(EnrichmentTier.ISRC, 1, f -> true, f -> {
        duringFirstCall.getAndSet(() -> { }).run();
        return new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of(ISRC, "GBAYE2400099")));
    });
    EnrichmentPipeline pipeline;

    @BeforeEach
    void queueThreeTracks() {
        for (int i = 0; i < 3; i++) {
            addTrack(t -> { });
        }
        queue.enqueue(tracks, List.of(EnrichmentTier.ISRC));
        isrc.claimSize = 3;
        pipeline = new EnrichmentPipeline(db, queue, List.of(isrc), clock);
    }

    @Test
    void aStoppedPassFinishesTheTrackInHandAndTheNextPassDoesTheRest() {
        duringFirstCall.set(pipeline::stop);

        PipelineReport stopped = pipeline.runDue();

        assertThat(stopped.done()).isEqualTo(1);
        assertThat(isrc.calls).isEqualTo(1);
        assertThat(pipeline.runDue().done()).as("the next pass is not stopped").isEqualTo(2);
        assertThat(doneRuns()).isEqualTo(3);
    }

    @Test
    void aPausedPipelineStartsNoPassUntilResumed() {
        pipeline.pause();

        assertThat(pipeline.runDue()).isEqualTo(new PipelineReport(0, 0, 0, 0));
        assertThat(isrc.calls).isZero();
        assertThat(pipeline.isPaused()).isTrue();

        pipeline.resume();
        assertThat(pipeline.runDue().done()).isEqualTo(3);
        assertThat(pipeline.isPaused()).isFalse();
    }

    @Test
    void aPauseDuringAPassStopsItAfterTheTrackInHand() {
        duringFirstCall.set(pipeline::pause);

        assertThat(pipeline.runDue().done()).isEqualTo(1);
        assertThat(pipeline.runDue().done()).as("still paused").isZero();

        pipeline.resume();
        assertThat(pipeline.runDue().done()).isEqualTo(2);
        assertThat(doneRuns()).isEqualTo(3);
    }

    private long doneRuns() {
        return db.read(em -> em.createQuery("select count(r) from TierRun r where r.status = :s", Long.class)
                .setParameter("s", TierRunStatus.DONE).getSingleResult());
    }
}
