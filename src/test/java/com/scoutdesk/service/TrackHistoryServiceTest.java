package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.model.ActivityEvent;
import com.scoutdesk.model.Credit;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.SocialLink;
import com.scoutdesk.model.Track;
import com.scoutdesk.testing.TestEntries;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A track's history as the details drawer reads it: playlist weeks, weekly snapshots, activity, credited links. */
class TrackHistoryServiceTest extends WorkspaceFixture {

    long trackId;
    TrackHistoryService history;

    @BeforeEach
    void open() {
        trackId = openWithOneTrack();
        history = new TrackHistoryService(db);
    }

    @Test
    void aFreshTrackHasNoHistoryYet() {
        TrackHistory h = history.history(trackId);

        assertThat(h.appearances()).isEmpty();
        assertThat(h.snapshots()).as("no weekly snapshots yet").isEmpty();
        assertThat(h.activity()).isEmpty();
        assertThat(h.people()).isEmpty();
    }

    @Test
    void weeksSnapshotsActivityAndLinksAreReadInTheOrderTheDrawerShowsThem() {
        long other = addTrack("S000000000000000000002", "Other Song");
        db.writeVoid(em -> {
            Track track = em.find(Track.class, trackId);
            Playlist fresh = addPlaylist(em, "P1", "Fresh Finds");
            Playlist indie = addPlaylist(em, "P2", "Indie Mix");
            entry(em, indie, track, WEEK, 12);
            entry(em, fresh, track, WEEK, 3);
            entry(em, fresh, track, WEEK.plusWeeks(1), null);
            entry(em, fresh, em.find(Track.class, other), WEEK, 1);
            snapshot(em, track, WEEK.plusWeeks(1), 1_500L, null);
            snapshot(em, track, WEEK, 1_000L, 20L);
            event(em, track, NOW.minusSeconds(60), "track.enriched", "tier 1 done");
            event(em, track, NOW, "track.stage", "moved to Watching");
            event(em, em.find(Track.class, other), NOW, "track.stage", "not this track");
            Person ana = new Person();
            ana.setName("Ana Ruiz");
            ana.setInstagramUrl("https://www.instagram.com/ana");
            ana.setTiktokUrl(" ");
            ana.setXUrl("https://x.com/ana");
            ana.setLinksSource("musicbrainz");
            ana.setLinksFetchedAt(NOW);
            em.persist(ana);
            credit(em, track, ana, CreditRole.WRITER);
            credit(em, track, ana, CreditRole.PRODUCER);
        });

        TrackHistory h = history.history(trackId);

        assertThat(h.appearances()).containsExactly(
                new PlaylistAppearance(WEEK.plusWeeks(1), "Fresh Finds", null),
                new PlaylistAppearance(WEEK, "Fresh Finds", 3),
                new PlaylistAppearance(WEEK, "Indie Mix", 12));
        assertThat(h.snapshots()).containsExactly(new WeeklySnapshot(WEEK, 1_000L, 20L, false),
                new WeeklySnapshot(WEEK.plusWeeks(1), 1_500L, null, false));
        assertThat(h.activity()).extracting(ActivityRow::message).containsExactly("moved to Watching",
                "tier 1 done");
        assertThat(h.people()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Ana Ruiz");
            assertThat(p.links().keySet()).as("blank links left out, in SocialLink order")
                    .containsExactly(SocialLink.INSTAGRAM, SocialLink.X);
            assertThat(p.source()).isEqualTo("musicbrainz");
        });
    }

    @Test
    void anUnknownTrackIsNotFound() {
        assertThatThrownBy(() -> history.history(trackId + 99)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aContactDraftIsCheckedWithoutWritingAndNamesEachBadValue() {
        assertThat(ContactCheck.problems(new ContactDraft(null, "Ana", "ana@example.com", null,
                "https://www.instagram.com/ana", null, null))).isEmpty();
        assertThat(ContactCheck.problems(new ContactDraft(null, " ", "ana-at-example", null,
                "https://example.com/ana", null, null)))
                .containsOnlyKeys(ContactCheck.NAME, ContactCheck.EMAIL, ContactCheck.INSTAGRAM)
                .hasEntrySatisfying(ContactCheck.EMAIL, m -> assertThat(m).contains("does not look like an email"));
        long contacts = db.read(em -> em.createQuery("select count(c) from Contact c", Long.class)
                .getSingleResult());
        assertThat(contacts).isZero();
    }

    private static void entry(EntityManager em, Playlist playlist, Track track, LocalDate week, Integer position) {
        em.persist(TestEntries.entry(playlist, track, week, position, NOW));
    }

    private static void snapshot(EntityManager em, Track track, LocalDate week, Long streams, Long views) {
        em.persist(TestEntries.snapshot(track, week, streams, views, NOW));
    }

    private static void event(EntityManager em, Track track, Instant at, String kind, String message) {
        ActivityEvent a = new ActivityEvent();
        a.setOccurredAt(at);
        a.setActor("user");
        a.setKind(kind);
        a.setTrack(track);
        a.setOutcome("ok");
        a.setMessage(message);
        em.persist(a);
    }

    static void credit(EntityManager em, Track track, Person person, CreditRole role) {
        Credit c = new Credit();
        c.setTrack(track);
        c.setPerson(person);
        c.setRole(role);
        c.setSource("web-player");
        c.setFetchedAt(NOW);
        em.persist(c);
    }

}
