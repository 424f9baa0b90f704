package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.service.EnrichmentProgress.TierProgress;
import com.scoutdesk.testing.AnsweringStage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The progress of a batch of enrichment, in runs per tier and in distinct tracks: only the tiers something configured
 * can run count towards the tracks, a failed run is settled work, and only runs settled since the batch began count.
 */
class EnrichmentProgressServiceTest extends WorkspaceFixture {

    private static final List<EnrichmentTier> TIERS = List.of(EnrichmentTier.ISRC, EnrichmentTier.SPOTIFY_METADATA);

    final AnsweringStage isrc = new AnsweringStage(EnrichmentTier.ISRC,
            () -> TrackUpdate.from("spotify-api").found(IsrcFields.ISRC, "GBAYE2400099").build());
    EnrichmentService enrichment;
    List<Long> ids;

    @BeforeEach
    void open() {
        fixClock();
        openWorkspace();
        TierRunQueue queue = new TierRunQueue(db, clock, Backoff.standard());
        ids = List.of(addTrack("S000000000000000000001", "Neon Hearts"),
                addTrack("S000000000000000000002", "Glass Rivers"),
                addTrack("S000000000000000000003", "Paper Moons"));
        // Only the ISRC tier has a stage: Spotify metadata stands for a tier without credentials here.
        queue.enqueue(ids, TIERS, true);
        enrichment = new EnrichmentService(queue, new EnrichmentPipeline(db, queue, List.of(isrc), clock),
                ProviderWaits.NONE, new DatabaseTrackQueryService(db));
    }

    @Test
    void beforeAnyRunEveryTrackIsOutstandingButOnlyForTheConfiguredTier() {
        EnrichmentProgress progress = enrichment.progress(NOW);

        assertThat(progress.outstandingTracks()).isEqualTo(3);
        assertThat(progress.settledTracks()).isZero();
        assertThat(progress.tiers()).containsExactly(new TierProgress(0, 3, 0, 0), new TierProgress(1, 3, 0, 0));
    }

    @Test
    void settledRunsCountAsDoneTracksFailedOnesIncluded() {
        enrichment.run(EnrichmentScope.of(List.of(ids.get(0)), TIERS), event -> { });
        isrc.answerWith(() -> new StageOutcome.Failed("HTTP 500"));
        enrichment.run(EnrichmentScope.of(List.of(ids.get(1)), TIERS), event -> { });

        EnrichmentProgress progress = enrichment.progress(NOW);

        assertThat(progress.outstandingTracks()).isEqualTo(1);
        assertThat(progress.settledTracks()).isEqualTo(2);
        assertThat(progress.batchTracks()).isEqualTo(3);
        assertThat(progress.tiers()).containsExactly(new TierProgress(0, 1, 2, 1), new TierProgress(1, 3, 0, 0));
    }

    @Test
    void runsSettledBeforeTheBatchBeganAreNotPartOfIt() {
        enrichment.run(EnrichmentScope.of(List.of(ids.get(0)), TIERS), event -> { });

        EnrichmentProgress progress = enrichment.progress(NOW.plusSeconds(1));

        assertThat(progress.settledTracks()).isZero();
        assertThat(progress.outstandingTracks()).isEqualTo(2);
        assertThat(progress.tiers()).containsExactly(new TierProgress(0, 2, 0, 0), new TierProgress(1, 3, 0, 0));
    }
}
