package com.scoutdesk.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.TierRun;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The durable queue: order, crash recovery, backoff, deferral and re-enrichment. */
class TierRunQueueTest {

    @TempDir
    Path dir;
    Database db;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    TierRunQueue queue;
    List<Long> tracks = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        queue = new TierRunQueue(db, clock, new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 3));
        for (Double score : new Double[] {3.0, null, 9.5, 7.0}) {
            tracks.add(track(score));
        }
        queue.enqueue(tracks, List.of(EnrichmentTier.ISRC, EnrichmentTier.SPOTIFY_METADATA));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long track(Double score) {
        return db.write(em -> {
            Track t = new Track();
            t.setSpotifyId(String.format("Q%021d", tracks.size()));
            t.setName("Track " + tracks.size());
            t.setArtistNames("Artist");
            t.setUnsignedScore(score);
            t.setPublisherStatus(PublisherStatus.UNKNOWN);
            t.setLeadStage(LeadStage.NEW);
            t.setFirstSeenAt(clock.instant());
            t.setUpdatedAt(clock.instant());
            em.persist(t);
            return t.getId();
        });
    }

    private TierRunStatus status(QueuedRun run) {
        return db.read(em -> em.find(TierRun.class, run.runId()).getStatus());
    }

    @Test
    void claimsTheBestLeadsFirstUnscoredLastAndOnlyTheirTier() {
        List<QueuedRun> claimed = queue.claim(EnrichmentTier.ISRC, 10);
        assertThat(claimed).extracting(QueuedRun::trackId)
                .containsExactly(tracks.get(2), tracks.get(3), tracks.get(0), tracks.get(1));
        assertThat(claimed).allMatch(r -> r.tier() == EnrichmentTier.ISRC);
        assertThat(queue.claim(EnrichmentTier.ISRC, 10)).as("claimed runs are held, not claimable").isEmpty();
        assertThat(queue.claim(EnrichmentTier.SPOTIFY_METADATA, 2)).hasSize(2);
        assertThat(queue.inFlight()).isEqualTo(6);
    }

    @Test
    void aReleasedRunThatIsStillDueCanBeClaimedAgainAndAClaimWritesNothing() {
        List<QueuedRun> claimed = queue.claim(EnrichmentTier.ISRC, 2);
        assertThat(claimed).allSatisfy(r -> assertThat(status(r)).as("a claim is held in memory")
                .isEqualTo(TierRunStatus.PENDING));
        List<QueuedRun> others = queue.claim(EnrichmentTier.ISRC, 10);
        assertThat(others).extracting(QueuedRun::runId)
                .doesNotContainAnyElementsOf(claimed.stream().map(QueuedRun::runId).toList());

        queue.release(claimed); // e.g. a lane that ended before writing their outcomes
        queue.release(others);
        assertThat(queue.inFlight()).isZero();
        assertThat(queue.claim(EnrichmentTier.ISRC, 2)).extracting(QueuedRun::runId)
                .containsExactlyElementsOf(claimed.stream().map(QueuedRun::runId).toList());
    }

    @Test
    void aReadServesSeveralClaimsAndAReadAfterEnqueueSkipsTheRunsInFlight() {
        QueuedRun best = queue.claim(EnrichmentTier.ISRC, 1).get(0);
        assertThat(best.trackId()).isEqualTo(tracks.get(2));
        assertThat(best.forced()).isFalse();

        // Re-queue the next best with force: the runs read ahead are dropped, so its claim carries the force, and
        // the new read skips the run still in flight.
        queue.enqueue(List.of(tracks.get(3)), List.of(EnrichmentTier.ISRC), true);
        QueuedRun next = queue.claim(EnrichmentTier.ISRC, 1).get(0);
        assertThat(next.trackId()).isEqualTo(tracks.get(3));
        assertThat(next.forced()).as("claimed as re-queued, not as read before").isTrue();
        assertThat(queue.claim(EnrichmentTier.ISRC, 10)).extracting(QueuedRun::trackId)
                .containsExactly(tracks.get(0), tracks.get(1));
    }

    @Test
    void aRunQueuedAgainWhileInFlightIsNotOverwrittenByTheAnswerItHadBefore() {
        QueuedRun run = queue.claim(EnrichmentTier.ISRC, 1).get(0);
        // The scout re-enriches the track while the source is being asked about it.
        queue.enqueue(List.of(run.trackId()), List.of(EnrichmentTier.ISRC), true);
        queue.done(run, 80);

        TierRun stored = db.read(em -> em.find(TierRun.class, run.runId()));
        assertThat(stored.getStatus()).as("still queued, not done with the older answer")
                .isEqualTo(TierRunStatus.PENDING);
        assertThat(stored.isForced()).isTrue();
        assertThat(stored.getAttempts()).isZero();
        QueuedRun again = queue.claim(EnrichmentTier.ISRC, 10).stream().filter(r -> r.runId() == run.runId())
                .findFirst().orElseThrow();
        assertThat(again.forced()).isTrue();
        assertThat(again.generation()).isEqualTo(run.generation() + 1);

        queue.done(again, 90);
        assertThat(status(again)).as("the claim of the new generation is written").isEqualTo(TierRunStatus.DONE);
    }

    @Test
    void runsInterruptedByACrashGoBackToTheQueueAndNothingDoneIsRedone() {
        List<QueuedRun> claimed = queue.claim(EnrichmentTier.ISRC, 2);
        queue.done(claimed.get(0), 120);
        // A crash here takes the process's claims with it; claimed.get(1) is still due in the database.
        TierRunQueue restarted = new TierRunQueue(db, clock, new Backoff(Duration.ofMinutes(1), Duration.ofHours(1),
                3));
        assertThat(restarted.recoverInterrupted()).isZero();
        List<QueuedRun> again = restarted.claim(EnrichmentTier.ISRC, 10);
        assertThat(again).extracting(QueuedRun::runId).contains(claimed.get(1).runId())
                .doesNotContain(claimed.get(0).runId());
        assertThat(status(claimed.get(0))).isEqualTo(TierRunStatus.DONE);
    }

    @Test
    void runsAnEarlierVersionLeftRunningGoBackToTheQueue() {
        QueuedRun run = queue.claim(EnrichmentTier.ISRC, 1).get(0);
        db.writeVoid(em -> em.createQuery("update TierRun r set r.status = :running where r.id = :id")
                .setParameter("running", TierRunStatus.RUNNING).setParameter("id", run.runId()).executeUpdate());
        TierRunQueue restarted = new TierRunQueue(db, clock, new Backoff(Duration.ofMinutes(1), Duration.ofHours(1),
                3));
        assertThat(restarted.recoverInterrupted()).isEqualTo(1);
        assertThat(status(run)).isEqualTo(TierRunStatus.PENDING);
        assertThat(restarted.claim(EnrichmentTier.ISRC, 1)).extracting(QueuedRun::runId).containsExactly(run.runId());
    }

    @Test
    void failuresBackOffAndStopAfterTheirAttemptsWhileDeferralsDoNotCount() {
        QueuedRun run = queue.claim(EnrichmentTier.ISRC, 1).get(0);
        queue.failed(run, "HTTP 500 after retries", 50);
        assertThat(queue.claim(EnrichmentTier.ISRC, 10)).extracting(QueuedRun::runId).doesNotContain(run.runId());

        clock.advance(Duration.ofMinutes(1));
        QueuedRun second = queue.claim(EnrichmentTier.ISRC, 10).stream().filter(r -> r.runId() == run.runId())
                .findFirst().orElseThrow();
        assertThat(second.attempts()).isEqualTo(1);
        queue.deferred(second, clock.instant().plus(Duration.ofMinutes(30)), "offline");
        clock.advance(Duration.ofMinutes(30));
        QueuedRun third = queue.claim(EnrichmentTier.ISRC, 10).stream().filter(r -> r.runId() == run.runId())
                .findFirst().orElseThrow();
        assertThat(third.attempts()).as("a deferral is not an attempt").isEqualTo(1);

        queue.failed(third, "500", 10);
        clock.advance(Duration.ofMinutes(2)); // backoff doubled: 2 minutes
        QueuedRun fourth = queue.claim(EnrichmentTier.ISRC, 10).stream().filter(r -> r.runId() == run.runId())
                .findFirst().orElseThrow();
        queue.failed(fourth, "500", 10);
        clock.advance(Duration.ofHours(2));
        assertThat(queue.claim(EnrichmentTier.ISRC, 10)).as("3 attempts used up").extracting(QueuedRun::runId)
                .doesNotContain(run.runId());
        assertThat(db.<String>read(em -> em.find(TierRun.class, run.runId()).getLastError())).isEqualTo("500");

        assertThat(queue.enqueue(List.of(run.trackId()), List.of(EnrichmentTier.ISRC))).isEqualTo(1);
        assertThat(queue.claim(EnrichmentTier.ISRC, 10)).extracting(QueuedRun::runId).contains(run.runId());
    }

    @Test
    void theBackoffDoublesUpToItsMaximum() {
        Backoff b = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 8);
        assertThat(b.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(b.after(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(b.after(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aRunWhoseTrackWasDeletedInFlightIsIgnored() {
        QueuedRun run = queue.claim(EnrichmentTier.ISRC, 1).get(0);
        db.writeVoid(em -> em.createQuery("delete from Track t where t.id = :id").setParameter("id", run.trackId())
                .executeUpdate());
        queue.done(run, 5);
        assertThat(db.<Long>read(em -> em.createQuery("select count(r) from TierRun r where r.id = :id", Long.class)
                .setParameter("id", run.runId()).getSingleResult())).isZero();
    }
}
