package com.scoutdesk.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.Track;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the pipeline keeps on the track for the triage list: when a tier last answered, and the songwriters. */
class TriageColumnsTest extends QueuedTracksFixture {

    @BeforeEach
    void twoTracks() {
        addTrack(t -> { });
        addTrack(t -> { });
    }

    private Track track(int index) {
        return db.read(em -> em.find(Track.class, tracks.get(index)));
    }

    @Test
    void aTierThatAnswersMarksTheTrackEnrichedAndOneThatWaitsDoesNot() {
        queue.enqueue(tracks, List.of(EnrichmentTier.ISRC));
        Instant retryAt = clock.instant().plus(Duration.ofHours(1));
        var stage = new EnrichmentPipelineTest.ScriptedStage(EnrichmentTier.ISRC, 1, f -> true,
                f -> f.trackId() == tracks.get(0) ? new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of()))
                        : new StageOutcome.Deferred(retryAt, "rate limited"));
        Instant first = clock.instant();

        new EnrichmentPipeline(db, queue, List.of(stage), clock).runDue();

        assertThat(track(0).getLastEnrichedAt()).as("done, even with no value found").isEqualTo(first);
        assertThat(track(1).getLastEnrichedAt()).as("deferred: no answer yet").isNull();

        clock.advance(Duration.ofHours(2));
        queue.enqueue(tracks, List.of(EnrichmentTier.ISRC), true);
        new EnrichmentPipeline(db, queue, List.of(stage), clock).runDue();
        assertThat(track(0).getLastEnrichedAt()).isEqualTo(clock.instant()).isAfter(first);
        assertThat(track(1).getLastEnrichedAt()).isNull();
    }

    @Test
    void theSongwritersAStageCreditsAreSearchableAndFollowItsNextAnswer() {
        AtomicReference<List<FoundCredit>> credits = new AtomicReference<>(List.of(
                new FoundCredit("Wren Castle", null, CreditRole.WRITER),
                new FoundCredit("Pax Moreau", null, CreditRole.PRODUCER)));
        var stage = new EnrichmentPipelineTest.ScriptedStage(EnrichmentTier.WEB_PLAYER_CREDITS, 2, f -> true,
                f -> new StageOutcome.Done(new TrackUpdate("webplayer", Map.of(), credits.get())));
        queue.enqueue(tracks, List.of(EnrichmentTier.WEB_PLAYER_CREDITS));

        new EnrichmentPipeline(db, queue, List.of(stage), clock).runDue();

        assertThat(track(0).getSongwriterNames()).isEqualTo("Wren Castle");
        assertThat(track(0).getSearchText()).contains("wren castle").doesNotContain("moreau");

        credits.set(List.of(new FoundCredit("Ivo Lark", null, CreditRole.COMPOSER),
                new FoundCredit("Ada Bell", null, CreditRole.LYRICIST)));
        queue.enqueue(tracks, List.of(EnrichmentTier.WEB_PLAYER_CREDITS), true);
        new EnrichmentPipeline(db, queue, List.of(stage), clock).runDue();

        assertThat(track(1).getSongwriterNames()).isEqualTo("Ada Bell, Ivo Lark");
        assertThat(track(1).getSearchText()).contains("ivo lark").doesNotContain("castle");
        assertThat(track(1).hasSongwriter()).isTrue();
    }
}
