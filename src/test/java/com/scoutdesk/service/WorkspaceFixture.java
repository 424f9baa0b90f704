package com.scoutdesk.service;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PlaylistEntry;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.scoring.UnsignedScorer;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestDatabases.Engine;
import com.scoutdesk.testing.TestTracks;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up the use-case tests share: a workspace in a temp folder, closed after each test, and the tracks and
 * playlists a test puts in it. A test class opens the workspace in its own {@code @BeforeEach} (or, for a test run
 * on each engine, at the start of the test) and builds its use cases over {@link #db} and {@link #clock}.
 */
abstract class WorkspaceFixture {

    /** The week every entry a test adds belongs to. */
    static final LocalDate WEEK = LocalDate.of(2026, 11, 20);
    /** The moment a test that fixes its clock ({@link #fixClock()}) runs at. */
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;
    Clock clock = Clock.systemUTC();
    Database db;
    /** The track use cases, once {@link #openWithOneTrack()} built them. */
    TrackService tracks;

    /** Runs the test at {@link #NOW}; call before building the use cases. */
    void fixClock() {
        clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    void openWorkspace() {
        openWorkspace(Engine.H2);
    }

    void openWorkspace(Engine engine) {
        db = Database.open(TestDatabases.fresh(engine, dir));
    }

    @AfterEach
    void closeWorkspace() {
        if (db != null) {
            db.close();
        }
    }

    /** Saves a track by Mara Vell with what every track must have; the caller sets the rest before the commit. */
    static Track addTrack(EntityManager em, String spotifyId, String name) {
        Track t = TestTracks.track(spotifyId, name, "Mara Vell", Instant.now());
        em.persist(t);
        return t;
    }

    /** Saves a track by Mara Vell, first seen at {@link #NOW}, with what every track must have; returns its id. */
    long addTrack(String spotifyId, String name) {
        return db.write(em -> {
            Track t = TestTracks.track(spotifyId, name, "Mara Vell", NOW);
            em.persist(t);
            return t.getId();
        });
    }

    /**
     * Opens the workspace at {@link #NOW} with one track, "Neon Hearts" by Mara Vell, and the track use cases over
     * it; returns the track's id.
     */
    long openWithOneTrack() {
        fixClock();
        openWorkspace();
        tracks = new TrackService(db, new ScoreService(db, UnsignedScorer.withDefaultLabels(), clock), clock,
                () -> Set.of(EnrichmentTier.values()));
        return addTrack("S000000000000000000001", "Neon Hearts");
    }

    /** Saves an active playlist that is fetched and enriched automatically. */
    static Playlist addPlaylist(EntityManager em, String spotifyId, String name) {
        Playlist p = new Playlist();
        p.setSpotifyId(spotifyId);
        p.setName(name);
        p.setStatus(PlaylistStatus.ACTIVE);
        p.setAutoFetch(true);
        p.setAutoEnrich(true);
        p.setCreatedAt(Instant.now());
        em.persist(p);
        return p;
    }

    /** Puts the track on the playlist in {@link #WEEK}. */
    static void addEntry(EntityManager em, Playlist playlist, Track track) {
        PlaylistEntry e = new PlaylistEntry();
        e.setWeekStart(WEEK);
        e.setPlaylist(playlist);
        e.setTrack(track);
        e.setFirstSeenAt(Instant.now());
        e.setLastSeenAt(Instant.now());
        em.persist(e);
    }
}
