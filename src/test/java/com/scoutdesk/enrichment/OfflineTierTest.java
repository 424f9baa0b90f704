package com.scoutdesk.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.EnrichmentPipelineTest.ScriptedStage;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.enrichment.fields.WebPlayerFields;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One unreachable host defers the rest of its tier at once and is probed again after a growing wait. */
class OfflineTierTest {

    private static final int TRACKS = 40;

    @TempDir
    Path dir;
    Database db;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    TierRunQueue queue;
    boolean playerOnline;
    ScriptedStage isrc = new ScriptedStage(EnrichmentTier.ISRC, 1, f -> true,
            f -> new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of(IsrcFields.ISRC, "GBAYE2400099"))));
    ScriptedStage player = new ScriptedStage(EnrichmentTier.WEB_PLAYER_CREDITS, 1, f -> true, f -> {
        if (!playerOnline) {
            throw new OfflineException(Provider.SPOTIFY_WEB_PLAYER, null);
        }
        return new StageOutcome.Done(new TrackUpdate("webplayer", Map.of(WebPlayerFields.SPOTIFY_STREAMS, 1000L)));
    });

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        queue = new TierRunQueue(db, clock, Backoff.standard());
        List<Long> tracks = new ArrayList<>();
        db.writeVoid(em -> {
            for (int n = 0; n < TRACKS; n++) {
                Track t = new Track();
                t.setSpotifyId(String.format("Q%021d", n));
                t.setName("Track " + n);
                t.setArtistNames("Artist");
                t.setPublisherStatus(PublisherStatus.UNKNOWN);
                t.setLeadStage(LeadStage.NEW);
                t.setFirstSeenAt(clock.instant());
                t.setUpdatedAt(clock.instant());
                em.persist(t);
                em.flush();
                tracks.add(t.getId());
            }
        });
        queue.enqueue(tracks, List.of(EnrichmentTier.ISRC, EnrichmentTier.WEB_PLAYER_CREDITS));
        isrc.claimSize = 10;
        player.concurrency = 2;
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Object[]> tierTwoRuns() {
        return db.read(em -> em.createQuery("select r.status, r.attempts, r.nextAttemptAt from TierRun r "
                + "where r.tier = 2", Object[].class).getResultList());
    }

    @Test
    void anUnreachableWebPlayerDefersItsWholeTierAfterOneTryWhileTheOtherTierFinishes() {
        EnrichmentPipeline pipeline = new EnrichmentPipeline(db, queue, List.of(isrc, player), clock);

        PipelineReport first = pipeline.runDue();

        assertThat(first.done()).as("tier 0 is not held up").isEqualTo(TRACKS);
        assertThat(first.deferred()).isEqualTo(TRACKS);
        assertThat(player.calls).as("one try a page, not one a track").isLessThanOrEqualTo(player.concurrency);
        Instant firstRetry = clock.instant().plus(Duration.ofMinutes(2));
        assertThat(tierTwoRuns()).hasSize(TRACKS).allSatisfy(r -> {
            assertThat(r[0]).isEqualTo(TierRunStatus.DEFERRED);
            assertThat(r[1]).as("no attempt counted").isEqualTo(0);
            assertThat(r[2]).isEqualTo(firstRetry);
        });
        assertThat(queue.reports().waits()).singleElement().satisfies(w -> {
            assertThat(w.tier()).isEqualTo(2);
            assertThat(w.reason()).isEqualTo("Spotify web player offline (cannot be reached)");
            assertThat(w.nextTry()).isEqualTo(firstRetry);
            assertThat(w.runs()).isEqualTo(TRACKS);
        });

        assertThat(pipeline.runDue()).as("nothing is due before the probe").isEqualTo(new PipelineReport(0, 0, 0, 0));
        int callsBefore = player.calls;
        clock.advance(Duration.ofMinutes(2));
        assertThat(pipeline.runDue().deferred()).isEqualTo(TRACKS);
        assertThat(player.calls - callsBefore).isLessThanOrEqualTo(player.concurrency);
        assertThat(tierTwoRuns()).extracting(r -> r[2]).containsOnly(clock.instant().plus(Duration.ofMinutes(4)));

        clock.advance(Duration.ofMinutes(4));
        playerOnline = true;
        assertThat(pipeline.runDue().done()).as("back online, every run is asked").isEqualTo(TRACKS);
    }

    @Test
    void theWaitBetweenProbesDoublesUpToAnHour() {
        EnrichmentPipeline pipeline = new EnrichmentPipeline(db, queue, List.of(player), clock);
        List<Duration> waits = new ArrayList<>();
        for (int pass = 0; pass < 8; pass++) {
            Instant start = clock.instant();
            pipeline.runDue();
            Instant next = (Instant) tierTwoRuns().get(0)[2];
            waits.add(Duration.between(start, next));
            clock.set(next);
        }
        assertThat(waits).extracting(Duration::toMinutes).containsExactly(2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }
}
