package com.scoutdesk.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.fields.MlcFields;
import com.scoutdesk.enrichment.fields.SpotifyMetadataFields;
import com.scoutdesk.model.AlertKind;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.testing.AnsweringStage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lead-lost alerts from the one track write path: a label that went major, a publisher that appeared at The MLC. */
class LeadLostAlertTest extends QueuedTracksFixture {

    private List<String> alerts(AlertKind kind) {
        return db.read(em -> em.createQuery("select a.message from Alert a where a.kind = :k order by a.id",
                String.class).setParameter("k", kind).getResultList());
    }

    private List<String> activity(String kind) {
        return db.read(em -> em.createQuery("select e.message from ActivityEvent e where e.kind = :k order by e.id",
                String.class).setParameter("k", kind).getResultList());
    }

    private void enrich(AnsweringStage stage) {
        queue.enqueue(tracks, List.of(stage.tier()), true);
        new EnrichmentPipeline(db, queue, List.of(stage), clock).runDue();
    }

    private static AnsweringStage label(String label) {
        return new AnsweringStage(EnrichmentTier.SPOTIFY_METADATA,
                () -> new TrackUpdate("spotify-api", Map.of(SpotifyMetadataFields.LABEL, label)));
    }

    @Test
    void aLabelThatGoesMajorRaisesOneAlertAndReEnrichingRaisesNoMore() {
        addTrack(t -> {
            t.setName("Song");
            t.setArtistNames("Mara Vell");
            t.setLabel("Mara Vell Records");
        });

        enrich(label("Universal Music"));
        enrich(label("Universal Music"));

        String line = "Lost lead: 'Song' by Mara Vell — label is now Universal Music (major)";
        assertThat(alerts(AlertKind.LABEL_MAJOR)).containsExactly(line);
        assertThat(activity("alert.label_major")).as("the activity log has the line too").containsExactly(line);
    }

    @Test
    void aLabelThatLeavesAMajorAndComesBackIsStillOneAlert() {
        addTrack(t -> t.setLabel(null));

        enrich(label("Sony Music Entertainment"));
        enrich(label("Mara Vell Records"));
        enrich(label("Sony Music"));

        assertThat(alerts(AlertKind.LABEL_MAJOR)).hasSize(1);
    }

    @Test
    void aLabelThatWasMajorOrIsNotMajorRaisesNothing() {
        addTrack(t -> t.setLabel("Columbia Records"));
        enrich(label("Columbia"));
        addTrack(t -> t.setLabel(null));
        enrich(label("DistroKid"));

        assertThat(alerts(AlertKind.LABEL_MAJOR)).isEmpty();
    }

    @Test
    void aPublisherThatAppearsAtTheMlcRaisesOneAlert() {
        addTrack(t -> {
            t.setName("Song");
            t.setArtistNames("Mara Vell");
            t.setPublisherStatus(PublisherStatus.UNPUBLISHED);
        });
        AnsweringStage mlc = new AnsweringStage(EnrichmentTier.MLC_PUBLISHER, () -> new TrackUpdate("mlc",
                Map.of(MlcFields.PUBLISHER_STATUS, PublisherStatus.INDIE, MlcFields.PUBLISHER_NAME, "Kobalt Songs")));

        enrich(mlc);
        enrich(mlc);

        assertThat(alerts(AlertKind.PUBLISHER_APPEARED)).containsExactly("Lost lead: 'Song' by Mara Vell — The MLC "
                + "now lists a publisher: Kobalt Songs (an independent publisher)");
        assertThat(activity("alert.publisher_appeared")).hasSize(1);
    }

    @Test
    void theWritersOwnCompanyIsNoPublisherAppearing() {
        addTrack(t -> t.setPublisherStatus(PublisherStatus.UNKNOWN));

        enrich(new AnsweringStage(EnrichmentTier.MLC_PUBLISHER, () -> new TrackUpdate("mlc",
                Map.of(MlcFields.PUBLISHER_STATUS, PublisherStatus.SELF_PUBLISHED))));

        assertThat(alerts(AlertKind.PUBLISHER_APPEARED)).isEmpty();
    }
}
