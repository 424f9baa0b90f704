package com.scoutdesk.ui.drawer;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.model.ActivityEvent;
import com.scoutdesk.model.Credit;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.scoring.UnsignedScorer;
import com.scoutdesk.service.ContactService;
import com.scoutdesk.service.ScoreService;
import com.scoutdesk.service.TrackHistoryService;
import com.scoutdesk.service.TrackService;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestDatabases.Engine;
import com.scoutdesk.testing.TestTracks;
import com.scoutdesk.testing.TestEntries;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * A real H2 workspace for the drawer's tests, with the services the drawer uses, at a fixed {@link #NOW}. It holds
 * an unenriched track ("Neon Hearts") and an enriched one ("Paper Lanterns": Spotify metadata three days old, The
 * MLC's answer from yesterday with a 50 % publisher share, a songwriter with links, two playlist weeks, three weekly
 * snapshots, two activity lines and a score).
 */
final class DrawerWorkspace implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final LocalDate WEEK = LocalDate.of(2026, 11, 16);

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final Database db;
    final TrackService tracks;
    final ContactService contacts;
    final TrackHistoryService history;
    final long plainTrack;
    final long enrichedTrack;
    long writerId;

    DrawerWorkspace(Path dir) {
        db = Database.open(TestDatabases.fresh(Engine.H2, dir));
        tracks = new TrackService(db, new ScoreService(db, UnsignedScorer.withDefaultLabels(), clock), clock,
                () -> Set.of(EnrichmentTier.values()));
        contacts = new ContactService(db, clock);
        history = new TrackHistoryService(db);
        plainTrack = db.write(em -> persist(em, TestTracks.track("S000000000000000000001", "Neon Hearts",
                "Mara Vell", NOW)).getId());
        enrichedTrack = db.write(this::enriched);
        tracks.explainScore("S000000000000000000002");
    }

    DetailsDrawerViewModel viewModel(TaskExecutor executor) {
        return new DetailsDrawerViewModel(tracks, contacts, history, executor, clock);
    }

    private long enriched(EntityManager em) {
        Track t = persist(em, TestTracks.track("S000000000000000000002", "Paper Lanterns", "The Quiet Parade",
                NOW.minus(Duration.ofDays(20))));
        em.flush();
        em.createNativeQuery("update track set label = 'Lantern House', popularity = 41, album_name = 'Night Walks', "
                + "release_date = '2026-10-02', isrc = 'GBAYE2600001', publisher_status = 'HAS_PUBLISHER', "
                + "publisher_name = 'Northern Songs', publisher_share = 50.0, iswc = 'T1234567890', "
                + "mlc_song_code = 'PL12AB', mlc_found = true where id = " + t.getId()).executeUpdate();
        Instant spotify = NOW.minus(Duration.ofDays(3));
        Instant mlc = NOW.minus(Duration.ofDays(1));
        for (String f : new String[] {"label", "popularity", "album_name", "release_date"}) {
            em.persist(new FieldProvenance(new FieldProvenance.Key(t.getId(), f), "spotify-api", 1, spotify, false));
        }
        em.persist(new FieldProvenance(new FieldProvenance.Key(t.getId(), "isrc"), "spotify-api", 0, spotify, false));
        for (String f : new String[] {"publisher_status", "publisher_name", "publisher_share", "iswc",
                "mlc_song_code", "mlc_found"}) {
            em.persist(new FieldProvenance(new FieldProvenance.Key(t.getId(), f), "mlc", 3, mlc, false));
        }
        for (int tier = 0; tier <= 3; tier++) {
            run(em, t, tier, TierRunStatus.DONE, null, null);
        }
        run(em, t, 4, TierRunStatus.FAILED, "HTTP 503 from MusicBrainz", NOW.plus(Duration.ofHours(2)));
        run(em, t, 5, TierRunStatus.DEFERRED, "Chartmetric is rate limiting", NOW.plus(Duration.ofHours(1)));
        run(em, t, 6, TierRunStatus.PENDING, null, null);

        Person artist = person(em, "The Quiet Parade");
        Person writer = person(em, "Ana Ruiz");
        writer.setInstagramUrl("https://www.instagram.com/anaruiz");
        writer.setXUrl("https://x.com/anaruiz");
        writer.setTiktokUrl("https://www.tiktok.com/@anaruiz");
        writer.setLinksSource("musicbrainz");
        writer.setLinksFetchedAt(mlc);
        writerId = writer.getId();
        credit(em, t, artist, CreditRole.MAIN_ARTIST);
        credit(em, t, writer, CreditRole.WRITER);
        credit(em, t, writer, CreditRole.PRODUCER);

        Playlist fresh = playlist(em, "P1", "Fresh Finds");
        Playlist indie = playlist(em, "P2", "Indie Mix");
        entry(em, fresh, t, WEEK, 7);
        entry(em, fresh, t, WEEK.plusWeeks(1), 4);
        entry(em, indie, t, WEEK.plusWeeks(1), 22);
        long[] streams = {120_000, 180_000, 260_000};
        long[] views = {8_000, 15_000, 31_000};
        for (int i = 0; i < streams.length; i++) {
            snapshot(em, t, WEEK.minusWeeks(1).plusWeeks(i), streams[i], views[i]);
        }
        event(em, t, NOW.minus(Duration.ofDays(3)), "Spotify metadata found");
        event(em, t, mlc, "The MLC lists Northern Songs with 50%");
        return t.getId();
    }

    private static Track persist(EntityManager em, Track t) {
        em.persist(t);
        return t;
    }

    private static void run(EntityManager em, Track t, int tier, TierRunStatus status, String error, Instant next) {
        TierRun r = new TierRun();
        r.setTrack(t);
        r.setTier(tier);
        r.setStatus(status);
        r.setLastError(error);
        r.setNextAttemptAt(next);
        r.setUpdatedAt(NOW.minus(Duration.ofDays(1)));
        em.persist(r);
    }

    private static Person person(EntityManager em, String name) {
        Person p = new Person();
        p.setName(name);
        em.persist(p);
        return p;
    }

    private static void credit(EntityManager em, Track track, Person person, CreditRole role) {
        Credit c = new Credit();
        c.setTrack(track);
        c.setPerson(person);
        c.setRole(role);
        c.setSource("web-player");
        c.setFetchedAt(NOW.minus(Duration.ofDays(2)));
        em.persist(c);
    }

    private static Playlist playlist(EntityManager em, String id, String name) {
        Playlist p = new Playlist();
        p.setSpotifyId(id);
        p.setName(name);
        p.setStatus(PlaylistStatus.ACTIVE);
        p.setCreatedAt(NOW);
        em.persist(p);
        return p;
    }

    private static void entry(EntityManager em, Playlist playlist, Track track, LocalDate week, int position) {
        em.persist(TestEntries.entry(playlist, track, week, position, NOW));
    }

    private static void snapshot(EntityManager em, Track track, LocalDate week, long streams, long views) {
        em.persist(TestEntries.snapshot(track, week, streams, views, NOW));
    }

    private static void event(EntityManager em, Track track, Instant at, String message) {
        ActivityEvent a = new ActivityEvent();
        a.setOccurredAt(at);
        a.setActor("enrichment");
        a.setKind("track.enriched");
        a.setTrack(track);
        a.setOutcome("ok");
        a.setMessage(message);
        em.persist(a);
    }

    @Override
    public void close() {
        db.close();
    }
}
