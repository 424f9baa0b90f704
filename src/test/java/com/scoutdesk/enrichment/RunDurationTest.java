package com.scoutdesk.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.EnrichmentPipelineTest.ScriptedStage;
import com.scoutdesk.enrichment.fields.SpotifyMetadataFields;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tier_run.duration_ms}: the time the stage spent on a run's track, shared equally within a batch call. */
class RunDurationTest {

    private static final long SLEEP_MS = 60;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    private Database db;
    private TierRunQueue queue;
    private List<Long> tracks;

    @BeforeEach
    void open(@TempDir Path dir) {
        db = Database.open(DatabaseSettings.h2File(dir));
        queue = new TierRunQueue(db, clock, Backoff.standard());
        tracks = IntStream.range(0, 3).mapToObj(n -> db.write(em -> {
            Track t = TestTracks.track(String.format("D%021d", n), "Track " + n, "Artist", clock.instant());
            em.persist(t);
            return t.getId();
        })).toList();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRunAskedAboutOnItsOwnRecordsTheTimeItsStageTook() {
        queue.enqueue(tracks, List.of(EnrichmentTier.WEB_PLAYER_CREDITS));
        var slow = new ScriptedStage(EnrichmentTier.WEB_PLAYER_CREDITS, 1, f -> true, f -> {
            sleep(SLEEP_MS);
            return new StageOutcome.Done(TrackUpdate.from("web-player").found(SpotifyMetadataFields.POPULARITY, 20).build());
        });

        new EnrichmentPipeline(db, queue, List.of(slow), clock).runDue();

        assertThat(durations(EnrichmentTier.WEB_PLAYER_CREDITS, TierRunStatus.DONE)).hasSize(3)
                .allSatisfy(ms -> assertThat(ms).isGreaterThanOrEqualTo(SLEEP_MS));
    }

    @Test
    void aBatchCallsTimeIsSharedEquallyByItsRunsAndAFailedCallCountsToo() {
        queue.enqueue(tracks, List.of(EnrichmentTier.SPOTIFY_METADATA, EnrichmentTier.ISRC));
        AtomicLong spentNanos = new AtomicLong();
        var batch = new ScriptedStage(EnrichmentTier.SPOTIFY_METADATA, 3, f -> true, f -> {
            long start = System.nanoTime();
            sleep(SLEEP_MS);
            spentNanos.addAndGet(System.nanoTime() - start);
            return new StageOutcome.Done(TrackUpdate.from("spotify-api").found(SpotifyMetadataFields.POPULARITY, 30).build());
        });
        var failing = new ScriptedStage(EnrichmentTier.ISRC, 1, f -> true, f -> {
            sleep(SLEEP_MS);
            throw new IllegalStateException("the source answered nonsense");
        });

        new EnrichmentPipeline(db, queue, List.of(batch, failing), clock).runDue();

        long share = TimeUnit.NANOSECONDS.toMillis(spentNanos.get()) / 3;
        assertThat(durations(EnrichmentTier.SPOTIFY_METADATA, TierRunStatus.DONE)).hasSize(3)
                .allSatisfy(ms -> assertThat(ms).as("a third of the call's %d ms", share * 3)
                        .isBetween(share - 2, share + 15))
                .containsOnly(durations(EnrichmentTier.SPOTIFY_METADATA, TierRunStatus.DONE).get(0));
        assertThat(durations(EnrichmentTier.ISRC, TierRunStatus.FAILED)).hasSize(3)
                .allSatisfy(ms -> assertThat(ms).isGreaterThanOrEqualTo(SLEEP_MS));
    }

    private List<Long> durations(EnrichmentTier tier, TierRunStatus status) {
        return db.read(em -> em.createQuery("select r.durationMs from TierRun r where r.tier = :t and r.status = :s",
                Long.class).setParameter("t", tier.number()).setParameter("s", status).getResultList());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
