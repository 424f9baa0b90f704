package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.model.LeadStage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scout's own data on a track, changed through the use case both front ends call. */
class TrackServiceTest extends WorkspaceFixture {

    long trackId;

    @BeforeEach
    void open() {
        trackId = openWithOneTrack();
    }

    @Test
    void stageTagsAndNotesAreStoredAndReadBack() {
        tracks.setStage(trackId, LeadStage.CONTACTED);
        tracks.setTags(trackId, List.of(" hot ", "follow up", "hot"));
        TrackLead lead = tracks.setNotes(trackId, "  Manager replied.  ");

        assertThat(lead).isEqualTo(new TrackLead(trackId, LeadStage.CONTACTED, List.of("follow up", "hot"),
                "Manager replied."));
        assertThat(tracks.lead(trackId)).isEqualTo(lead);
    }

    @Test
    void tagsAreReplacedAndSharedBetweenTracksByName() {
        tracks.setTags(trackId, List.of("hot", "demo"));
        TrackLead lead = tracks.setTags(trackId, List.of("demo"));

        assertThat(lead.tags()).containsExactly("demo");
        long tags = db.read(em -> em.createQuery("select count(t) from Tag t", Long.class).getSingleResult());
        assertThat(tags).isEqualTo(2L);
    }

    @Test
    void aTagTypedInAnotherCaseIsTheStoredOneAndKeepsItsColour() {
        new TagService(db, clock).create("Demo", "#1565c0");

        TrackLead lead = tracks.setTags(trackId, List.of("demo", "hot", "DEMO"));

        assertThat(lead.tags()).containsExactly("Demo", "hot");
        assertThat(lead.labels()).containsExactly(new TagLabel("Demo", "#1565c0"), new TagLabel("hot", null));
        long tags = db.read(em -> em.createQuery("select count(t) from Tag t", Long.class).getSingleResult());
        assertThat(tags).isEqualTo(2L);
    }

    @Test
    void theTriageRowsCarryTheirTagsWithColoursByNameIgnoringCase() {
        long other = addTrack("S000000000000000000002", "Glass Rooms");
        new TagService(db, clock).create("urgent", "#c62828");
        tracks.setTags(trackId, List.of("urgent", "Demo", "b-side"));

        List<TrackRow> rows = new DatabaseTrackQueryService(db).find(TrackFilter.all(), 0, 10).rows();

        assertThat(rows).extracting(TrackRow::id).contains(trackId, other);
        TrackRow tagged = rows.stream().filter(r -> r.id() == trackId).findFirst().orElseThrow();
        assertThat(tagged.tags()).containsExactly(new TagLabel("b-side", null), new TagLabel("Demo", null),
                new TagLabel("urgent", "#c62828"));
        assertThat(rows.stream().filter(r -> r.id() == other).findFirst().orElseThrow().tags()).isEmpty();
    }

    @Test
    void blankNotesRemoveThem() {
        tracks.setNotes(trackId, "call back");
        assertThat(tracks.setNotes(trackId, "  ").notes()).isNull();
    }

    @Test
    void anUnknownTrackOrATooLongTagIsRefusedWithAMessageAPersonCanActOn() {
        assertThatThrownBy(() -> tracks.setStage(trackId + 99, LeadStage.SIGNED))
                .isInstanceOf(NotFoundException.class).hasMessage("No stored track has the number " + (trackId + 99)
                        + ".");
        assertThatThrownBy(() -> tracks.setTags(trackId, List.of("x".repeat(61))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 60 characters");
        assertThat(tracks.lead(trackId).tags()).isEmpty();
    }

    @Test
    void aStageChangeIsRecordedInTheActivityLogAndASameStageSetIsNot() {
        tracks.setStage(trackId, LeadStage.WATCHING);
        tracks.setStage(trackId, LeadStage.WATCHING);
        tracks.setStage(trackId, LeadStage.SIGNED);

        List<Object[]> events = db.read(em -> em.createQuery("select a.actor, a.kind, a.track.id, a.outcome, "
                + "a.message, a.occurredAt from ActivityEvent a order by a.id", Object[].class).getResultList());
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).containsExactly("scout", "lead.stage", trackId, "watching",
                "Neon Hearts: stage New \u2192 Watching", NOW);
        assertThat(events.get(1)[4]).isEqualTo("Neon Hearts: stage Watching \u2192 Signed elsewhere");
    }

    @Test
    void aRefusedStageChangeLeavesNoActivity() {
        assertThatThrownBy(() -> tracks.setStage(trackId + 99, LeadStage.PASSED))
                .isInstanceOf(NotFoundException.class);
        long events = db.read(em -> em.createQuery("select count(a) from ActivityEvent a", Long.class)
                .getSingleResult());
        assertThat(events).isZero();
        assertThat(tracks.lead(trackId).stage()).isEqualTo(LeadStage.NEW);
    }
}
