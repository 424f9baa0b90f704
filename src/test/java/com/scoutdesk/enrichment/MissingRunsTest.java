package com.scoutdesk.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestDatabases.Engine;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A tier's runs for the tracks already stored, made with one statement that both engines must run. */
class MissingRunsTest {

    private static final Instant T0 = Instant.parse("2026-12-05T12:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void queueMissingGivesEveryRealTrackOneRunOfEachTierAndKeepsTheRunsItHas(Engine engine) {
        try (Database db = Database.open(TestDatabases.fresh(engine, dir))) {
            TierRunQueue queue = new TierRunQueue(db, new MutableClock(T0),
                    new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 3));
            List<Long> tracks = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                tracks.add(track(db, "M00000000000000000000" + n, false));
            }
            long sample = track(db, "S000000000000000000000", true);
            queue.enqueue(tracks, List.of(EnrichmentTier.ISRC));
            QueuedRun done = queue.claim(EnrichmentTier.ISRC, 1).get(0);
            queue.done(done, 5);

            int queued = queue.queueMissing(List.of(EnrichmentTier.ISRC, EnrichmentTier.WEB_PLAYER_CREDITS));

            assertThat(queued).as("tier 2 for each real track; they all have tier 0").isEqualTo(tracks.size());
            assertThat(queue.claim(EnrichmentTier.WEB_PLAYER_CREDITS, 10)).extracting(QueuedRun::trackId)
                    .containsExactlyInAnyOrderElementsOf(tracks);
            assertThat(db.<TierRunStatus>read(em -> em.find(TierRun.class, done.runId()).getStatus()))
                    .as("a run already there is left as it is").isEqualTo(TierRunStatus.DONE);
            assertThat(queue.queueMissing(List.of(EnrichmentTier.WEB_PLAYER_CREDITS))).as("nothing missing now")
                    .isZero();
            assertThat(db.<Long>read(em -> em.createQuery("select count(r) from TierRun r where r.track.id = :t",
                    Long.class).setParameter("t", sample).getSingleResult())).as("sample tracks get no runs")
                    .isZero();
            // Runs made by Hibernate after the statement get ids of their own.
            queue.enqueue(tracks, List.of(EnrichmentTier.SPOTIFY_METADATA));
            assertThat(db.<Long>read(em -> em.createQuery("select count(r) from TierRun r", Long.class)
                    .getSingleResult())).isEqualTo(3L * tracks.size());
        }
    }

    private static long track(Database db, String spotifyId, boolean sample) {
        return db.write(em -> {
            Track t = TestTracks.track(spotifyId, "Track " + spotifyId, "Artist", T0);
            t.setSample(sample);
            em.persist(t);
            return t.getId();
        });
    }
}
