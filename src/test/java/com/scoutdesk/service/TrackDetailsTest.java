package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.model.Contact;
import com.scoutdesk.model.ContactStage;
import com.scoutdesk.model.Credit;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.Track;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A track's details as the details drawer reads them: what is known with where it came from, and nothing more. */
class TrackDetailsTest extends WorkspaceFixture {

    long trackId;

    @BeforeEach
    void open() {
        trackId = openWithOneTrack();
        db.writeVoid(em -> em.find(Track.class, trackId).setLabel("Mara Vell Music"));
    }

    @Test
    void aFreshTrackShowsItsIdentityAndLeavesWhatIsNotKnownUnknown() {
        TrackDetails d = tracks.details(trackId);

        assertThat(d.name()).isEqualTo("Neon Hearts");
        assertThat(d.spotifyId()).isEqualTo("S000000000000000000001");
        assertThat(d.score()).as("not scored yet").isEmpty();
        assertThat(d.lead()).isEqualTo(new TrackLead(trackId, LeadStage.NEW, List.of(), null));
        assertThat(d.credits()).isEmpty();
        assertThat(d.contacts()).isEmpty();
        assertThat(d.field("popularity")).hasValueSatisfying(f -> {
            assertThat(f.value()).as("unknown, not 0").isNull();
            assertThat(f.source()).isNull();
        });
        assertThat(d.field("explicit").orElseThrow().value()).as("unknown, not false").isNull();
        assertThat(d.field("label").orElseThrow().value()).isEqualTo("Mara Vell Music");
        assertThat(d.field("no such field")).isEmpty();
    }

    @Test
    void fieldsCarryTheirProvenanceAndTheScoreItsEvidence() {
        db.writeVoid(em -> {
            em.persist(new FieldProvenance(new FieldProvenance.Key(trackId, "label"), "spotify-api", 1, NOW, false));
            em.persist(FieldProvenance.notAvailable(new FieldProvenance.Key(trackId, "popularity"), "spotify-api", 1,
                    NOW));
        });
        tracks.explainScore("S000000000000000000001");

        TrackDetails d = tracks.details(trackId);

        assertThat(d.field("label").orElseThrow().source())
                .isEqualTo(new FieldSource("spotify-api", 1, NOW, false, false));
        FieldValue popularity = d.field("popularity").orElseThrow();
        assertThat(popularity.value()).isNull();
        assertThat(popularity.source().notAvailable()).isTrue();
        StoredScore score = d.score().orElseThrow();
        assertThat(score.evidence()).isNotEmpty();
        assertThat(score.computedAt()).isEqualTo(NOW);
        assertThat(d.fields()).extracting(FieldValue::field).contains("isrc", "label", "spotify_streams",
                "publisher_status");
    }

    @Test
    void creditsAndTheContactsOfTheCreditedPeopleAreListed() {
        db.writeVoid(em -> {
            Track track = em.find(Track.class, trackId);
            Person writer = person(em, "Ana Ruiz");
            Person other = person(em, "Not On This Track");
            credit(em, track, writer, CreditRole.WRITER);
            credit(em, track, writer, CreditRole.PRODUCER);
            contact(em, writer, "Ana (manager)", "ana@example.com");
            contact(em, other, "Someone else", "x@example.com");
        });

        TrackDetails d = tracks.details(trackId);

        assertThat(d.credits()).extracting(TrackCredit::personName, TrackCredit::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Ruiz", CreditRole.WRITER),
                        org.assertj.core.groups.Tuple.tuple("Ana Ruiz", CreditRole.PRODUCER));
        assertThat(d.contacts()).singleElement().satisfies(c -> {
            assertThat(c.displayName()).isEqualTo("Ana (manager)");
            assertThat(c.email()).isEqualTo("ana@example.com");
            assertThat(c.phone()).isNull();
            assertThat(c.stage()).isEqualTo(ContactStage.NOT_CONTACTED);
        });
    }

    @Test
    void anUnknownTrackIsNotFound() {
        assertThatThrownBy(() -> tracks.details(trackId + 99)).isInstanceOf(NotFoundException.class)
                .hasMessage("No stored track has the number " + (trackId + 99) + ".");
    }

    private static Person person(jakarta.persistence.EntityManager em, String name) {
        Person p = new Person();
        p.setName(name);
        em.persist(p);
        return p;
    }

    private static void credit(jakarta.persistence.EntityManager em, Track track, Person person, CreditRole role) {
        Credit c = new Credit();
        c.setTrack(track);
        c.setPerson(person);
        c.setRole(role);
        c.setSource("web-player");
        c.setFetchedAt(NOW);
        em.persist(c);
    }

    private static void contact(jakarta.persistence.EntityManager em, Person person, String name, String email) {
        Contact c = new Contact();
        c.setPerson(person);
        c.setDisplayName(name);
        c.setEmail(email);
        c.setStage(ContactStage.NOT_CONTACTED);
        c.setCreatedAt(NOW);
        c.setUpdatedAt(NOW);
        em.persist(c);
    }
}
