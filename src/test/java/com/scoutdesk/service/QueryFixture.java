package com.scoutdesk.service;

import com.scoutdesk.model.Credit;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Tag;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.TrackDerivedColumns;
import com.scoutdesk.testing.TestEntries;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A small hand-made workspace written through the Hibernate entities: two playlists, two weeks, six tracks whose
 * scores, ISRCs, credits, publishers and tags differ in known ways.
 */
final class QueryFixture {

    static final LocalDate WEEK_1 = LocalDate.of(2026, 11, 13);
    static final LocalDate WEEK_2 = LocalDate.of(2026, 11, 20);
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    long freshFinds;
    long curator;

    static QueryFixture load(Database db) {
        QueryFixture f = new QueryFixture();
        db.writeVoid(em -> f.write(em));
        return f;
    }

    private void write(EntityManager em) {
        Playlist ff = playlist(em, "37i9dQZF1DWWjGdmeTyeJ6", "Fresh Finds", true);
        Playlist cu = playlist(em, "3cEYpjA9oz9GiPac4AsH4n", "late night drives", false);
        freshFinds = ff.getId();
        curator = cu.getId();
        Tag hot = new Tag();
        hot.setName("hot");
        em.persist(hot);
        Person mara = person(em, "Mara Vell");
        Person kofi = person(em, "Kofi Adeyemi");

        // name, artists, isrc, score, publisher, stage
        Track a = track(em, "A1", "Neon Hearts", "Mara Vell", "USUM72400001", 9.1, PublisherStatus.NO_PUBLISHER);
        Track b = track(em, "B1", "Paper Summer", "Ólafur Okafor", "GBAYE2400002", 7.0, PublisherStatus.UNKNOWN);
        Track c = track(em, "C1", "100% Static", "Neon Parish", null, 4.5, PublisherStatus.HAS_PUBLISHER);
        Track d = track(em, "D1", "Quiet Rooms", "Sami Holm", "SEXYZ2400004", null, PublisherStatus.UNKNOWN);
        Track e = track(em, "E1", "Cold Mirrors", "Ivy Byrne", "DEABC2400005", 2.0, PublisherStatus.HAS_PUBLISHER);
        Track g = track(em, "G1", "Ghost_Roads", "Remi Ng", "FRZZZ2400006", 7.0, PublisherStatus.NO_PUBLISHER);
        a.getTags().add(hot);
        g.getTags().add(hot);
        credit(em, a, mara, CreditRole.WRITER);
        credit(em, a, mara, CreditRole.MAIN_ARTIST);
        credit(em, c, kofi, CreditRole.PRODUCER);
        credit(em, e, kofi, CreditRole.COMPOSER);
        credit(em, g, kofi, CreditRole.LYRICIST);

        entry(em, WEEK_1, ff, a, 1);
        entry(em, WEEK_1, ff, b, 2);
        entry(em, WEEK_1, cu, c, 1);
        entry(em, WEEK_2, ff, a, 1);
        entry(em, WEEK_2, ff, d, 2);
        entry(em, WEEK_2, cu, e, 1);
        entry(em, WEEK_2, cu, g, 2);
        TrackDerivedColumns.refresh(em, List.of(a.getId(), b.getId(), c.getId(), d.getId(), e.getId(), g.getId()));
    }

    private static Playlist playlist(EntityManager em, String spotifyId, String name, boolean editorial) {
        Playlist p = new Playlist();
        p.setSpotifyId(spotifyId);
        p.setName(name);
        p.setOwnerName(editorial ? "Spotify" : "Mara");
        p.setEditorial(editorial);
        p.setImageUrl(editorial ? "https://i.scdn.co/image/ab67706f-fresh-finds" : null);
        p.setStatus(PlaylistStatus.ACTIVE);
        p.setAutoFetch(true);
        p.setAutoEnrich(true);
        p.setCreatedAt(NOW);
        em.persist(p);
        return p;
    }

    private static Person person(EntityManager em, String name) {
        Person p = new Person();
        p.setName(name);
        em.persist(p);
        return p;
    }

    private static Track track(EntityManager em, String key, String name, String artists, String isrc, Double score,
                               PublisherStatus publisher) {
        Track t = new Track();
        t.setSpotifyId((key + "xxxxxxxxxxxxxxxxxxxxxx").substring(0, 22));
        t.setName(name);
        t.setArtistNames(artists);
        t.setIsrc(isrc);
        t.setUnsignedScore(score);
        t.setPublisherStatus(publisher);
        t.setLeadStage(LeadStage.NEW);
        t.setFirstSeenAt(NOW);
        t.setUpdatedAt(NOW);
        t.setSpotifyStreams(1000L);
        em.persist(t);
        return t;
    }

    private static void credit(EntityManager em, Track track, Person person, CreditRole role) {
        Credit c = new Credit();
        c.setTrack(track);
        c.setPerson(person);
        c.setRole(role);
        c.setSource("webplayer");
        c.setFetchedAt(NOW);
        em.persist(c);
    }

    private static void entry(EntityManager em, LocalDate week, Playlist playlist, Track track, int position) {
        em.persist(TestEntries.entry(playlist, track, week, position, NOW));
    }
}
