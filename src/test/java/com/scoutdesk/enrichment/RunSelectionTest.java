package com.scoutdesk.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.EnrichmentPipelineTest.ScriptedStage;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A pass over chosen tracks and tiers (`scoutdesk enrich --playlist ID --tiers 0,1`) leaves every other run due. */
class RunSelectionTest extends QueuedTracksFixture {

    @BeforeEach
    void queueFourTracksOnEveryTier() {
        addScoredTracks(3.0, null, 9.5, 7.0);
        queue.enqueue(tracks, List.of(EnrichmentTier.values()));
    }

    private TierRunStatus status(long track, EnrichmentTier tier) {
        return db.read(em -> em.createQuery("select r.status from TierRun r where r.track.id = :t and r.tier = :n",
                TierRunStatus.class).setParameter("t", track).setParameter("n", tier.number()).getSingleResult());
    }

    private static ScriptedStage answering(EnrichmentTier tier) {
        return new ScriptedStage(tier, 2, f -> true,
                f -> new StageOutcome.Done(new TrackUpdate("test", Map.of())));
    }

    @Test
    void aPassOverChosenTracksAndTiersLeavesTheOtherRunsPending() {
        List<Long> chosen = List.of(tracks.get(0), tracks.get(1), tracks.get(3));
        var pipeline = new EnrichmentPipeline(db, queue, List.of(answering(EnrichmentTier.ISRC),
                answering(EnrichmentTier.SPOTIFY_METADATA), answering(EnrichmentTier.WEB_PLAYER_CREDITS)), clock);

        PipelineReport report = pipeline.runDue(RunSelection.of(chosen,
                List.of(EnrichmentTier.ISRC, EnrichmentTier.SPOTIFY_METADATA)));

        assertThat(report.done()).isEqualTo(6);
        for (long track : tracks) {
            for (EnrichmentTier tier : EnrichmentTier.values()) {
                boolean selected = chosen.contains(track)
                        && (tier == EnrichmentTier.ISRC || tier == EnrichmentTier.SPOTIFY_METADATA);
                assertThat(status(track, tier)).as("track %d tier %d", track, tier.number())
                        .isEqualTo(selected ? TierRunStatus.DONE : TierRunStatus.PENDING);
            }
        }
        assertThat(pipeline.runDue().done()).as("a pass without a selection runs the rest").isEqualTo(6);
    }

    @Test
    void aSelectedClaimTakesTheBestChosenRunsEvenAfterAnUnselectedReadAhead() {
        QueuedRun best = queue.claim(EnrichmentTier.ISRC, 1).get(0);
        assertThat(best.trackId()).isEqualTo(tracks.get(2));

        List<QueuedRun> claimed = queue.claim(EnrichmentTier.ISRC, 10,
                RunSelection.of(List.of(tracks.get(0), tracks.get(1), tracks.get(3)), List.of(EnrichmentTier.ISRC)));

        assertThat(claimed).extracting(QueuedRun::trackId).as("best lead first, unscored last")
                .containsExactly(tracks.get(3), tracks.get(0), tracks.get(1));
        assertThat(queue.claim(EnrichmentTier.SPOTIFY_METADATA, 10, RunSelection.ofTiers(List.of(EnrichmentTier.ISRC))))
                .as("a tier outside the selection").isEmpty();
    }
}
