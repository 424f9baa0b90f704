package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.SpotifyMetadataFields;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.testing.AnsweringStage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A scout's own value of a track field: checked against the field, kept from enrichment until it is cleared. */
class FieldOverrideTest extends WorkspaceFixture {

    long trackId;

    @BeforeEach
    void open() {
        trackId = openWithOneTrack();
    }

    @Test
    void anOverrideIsStoredAsTheScoutsAndTheTrackIsRescored() {
        List<String> withoutLabel = tracks.explainScore("S000000000000000000001").orElseThrow().evidence();

        TrackDetails d = tracks.overrideField(trackId, "label", "  Sony Music  ");

        FieldValue label = d.field("label").orElseThrow();
        assertThat(label.value()).isEqualTo("Sony Music");
        assertThat(label.source()).isEqualTo(new FieldSource(FieldSource.MANUAL, null, NOW, true, false));
        assertThat(d.score()).as("scored with the new label").hasValueSatisfying(s -> {
            assertThat(s.computedAt()).isEqualTo(NOW);
            assertThat(s.evidence()).isNotEqualTo(withoutLabel);
        });
        assertThat(tracks.overrideField(trackId, "popularity", "41").field("popularity").orElseThrow().value())
                .isEqualTo(41);
        assertThat(tracks.overrideField(trackId, "publisher_status", "has publisher").field("publisher_status")
                .orElseThrow().value()).isEqualTo(PublisherStatus.HAS_PUBLISHER);
    }

    @Test
    void enrichmentLeavesAnOverrideAloneUntilItIsCleared() {
        tracks.overrideField(trackId, "label", "Scout's Label");

        enrich("Spotify's Label");
        assertThat(label().value()).isEqualTo("Scout's Label");
        assertThat(label().isManualOverride()).isTrue();

        TrackDetails cleared = tracks.clearOverride(trackId, "label");
        assertThat(cleared.field("label").orElseThrow().value()).as("kept until a source gives another")
                .isEqualTo("Scout's Label");
        assertThat(cleared.field("label").orElseThrow().source()).isNull();

        enrich("Spotify's Label");
        assertThat(label().value()).isEqualTo("Spotify's Label");
        assertThat(label().source().source()).isEqualTo("spotify-api");
        assertThat(label().isManualOverride()).isFalse();
    }

    @Test
    void anUnknownFieldOrAValueOfTheWrongTypeIsRefusedWithWhatTheFieldTakes() {
        assertThatThrownBy(() -> tracks.overrideField(trackId, "lable", "X")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("No track field is called 'lable'. Fields a scout can set: ")
                .hasMessageContaining("label, album_name")
                .satisfies(e -> assertThat(((InvalidInputException) e).input()).isEqualTo(FieldInput.FIELD));
        assertThatThrownBy(() -> tracks.overrideField(trackId, "artist_names", "Someone"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("The artist names come with");
        assertThatThrownBy(() -> tracks.overrideField(trackId, "popularity", "high"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Field 'popularity' takes a whole number; 'high' is not one.");
        assertThatThrownBy(() -> tracks.overrideField(trackId, "explicit", "maybe"))
                .hasMessage("Field 'explicit' takes true or false; 'maybe' is not one.");
        assertThatThrownBy(() -> tracks.overrideField(trackId, "publisher_status", "pending"))
                .hasMessageStartingWith("Field 'publisher_status' takes one of ");
        assertThatThrownBy(() -> tracks.overrideField(trackId, "energy", "NaN"))
                .hasMessage("Field 'energy' takes a number; NaN is not one.");
        assertThatThrownBy(() -> tracks.overrideField(trackId, "label", " "))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> tracks.overrideField(trackId + 99, "label", "X"))
                .isInstanceOf(NotFoundException.class);
        assertThat(tracks.details(trackId).fields()).as("nothing written").allMatch(f -> f.source() == null);
    }

    private FieldValue label() {
        return tracks.details(trackId).field("label").orElseThrow();
    }

    /** Runs tier 1 for the track with a stage that finds this label. */
    private void enrich(String label) {
        TierRunQueue queue = new TierRunQueue(db, clock, Backoff.standard());
        queue.enqueue(List.of(trackId), List.of(EnrichmentTier.SPOTIFY_METADATA), true);
        var stage = new AnsweringStage(EnrichmentTier.SPOTIFY_METADATA,
                () -> TrackUpdate.from("spotify-api").found(SpotifyMetadataFields.LABEL, label).build());
        new EnrichmentPipeline(db, queue, List.of(stage), clock).runDue();
    }
}
