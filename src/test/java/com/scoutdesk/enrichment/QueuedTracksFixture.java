package com.scoutdesk.enrichment;

import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up the queue and pipeline tests share: an H2 workspace in a temp folder, a clock that stands still until
 * a test moves it, and a {@link TierRunQueue} over both. A test class adds its tracks ({@link #addTrack},
 * {@link #addScoredTracks}) and queues their runs in its own {@code @BeforeEach}, which JUnit runs after this one's.
 */
abstract class QueuedTracksFixture {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    /** The ids of the tracks added, in the order they were added. */
    final List<Long> tracks = new ArrayList<>();
    Database db;
    TierRunQueue queue;
    private final Backoff backoff;

    QueuedTracksFixture() {
        this(Backoff.standard());
    }

    QueuedTracksFixture(Backoff backoff) {
        this.backoff = backoff;
    }

    @BeforeEach
    void openWorkspace() {
        db = Database.open(DatabaseSettings.h2File(dir));
        queue = new TierRunQueue(db, clock, backoff);
    }

    @AfterEach
    void closeWorkspace() {
        db.close();
    }

    /** Saves "Track N" (N counting from 0) with what every track must have; {@code details} sets the rest. */
    long addTrack(Consumer<Track> details) {
        int n = tracks.size();
        long id = db.write(em -> {
            Track t = TestTracks.track(String.format("T%021d", n), "Track " + n, "Artist", clock.instant());
            details.accept(t);
            em.persist(t);
            return t.getId();
        });
        tracks.add(id);
        return id;
    }

    /** One track a score, in this order; a null score is a track not scored yet. */
    void addScoredTracks(Double... scores) {
        for (Double score : scores) {
            addTrack(t -> t.setUnsignedScore(score));
        }
    }
}
