package com.scoutdesk.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.enrichment.fields.MlcFields;
import com.scoutdesk.enrichment.fields.SpotifyMetadataFields;
import com.scoutdesk.enrichment.fields.WebPlayerFields;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestDatabases.Engine;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The facts a stage decides on, read with plain SQL on both engines the workspace may use. */
class TrackFactsReaderTest {

    static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void readsColumnsAndTheNewestTierOneLookUpOfEachTrack(Engine engine) {
        try (Database db = Database.open(TestDatabases.fresh(engine, dir))) {
            List<Long> ids = db.write(em -> {
                Track asked = TestTracks.track("F000000000000000000001", "Asked", "Mara Vell", T0);
                asked.setIsrc("GBAYE2400001");
                asked.setDurationMs(201_000);
                asked.setLabel("DistroKid");
                asked.setPopularity(31);
                asked.setSpotifyStreams(12_345L);
                asked.setReleaseDate("2026-10-31");
                asked.setImageUrl("https://i.scdn.co/image/ab67");
                Track never = TestTracks.track("F000000000000000000002", "Never asked", "Jon Ash", T0);
                em.persist(asked);
                em.persist(never);
                long id = asked.getId();
                em.persist(new FieldProvenance(new FieldProvenance.Key(id, "label"), "spotify-api", 1,
                        T0.plusSeconds(60), false));
                em.persist(new FieldProvenance(new FieldProvenance.Key(id, "popularity"), "spotify-api", 1,
                        T0.plusSeconds(3600), false));
                // A newer value from another tier is not a tier 1 look-up.
                em.persist(new FieldProvenance(new FieldProvenance.Key(id, "isrc"), "spotify-api", 0,
                        T0.plusSeconds(7200), false));
                em.persist(new FieldProvenance(new FieldProvenance.Key(never.getId(), "isrc"), "spotify-api", 0,
                        T0.plusSeconds(7200), false));
                return List.of(id, never.getId());
            });

            Map<Long, TrackFacts> facts = db.readJdbc(c -> TrackFactsReader.read(c, List.of(ids.get(0), ids.get(1),
                    -1L)));

            assertThat(facts).containsOnlyKeys(ids.get(0), ids.get(1));
            assertThat(facts.get(ids.get(0))).isEqualTo(TrackFacts.of(ids.get(0), "F000000000000000000001",
                    "Asked", "Mara Vell").with(IsrcFields.ISRC, "GBAYE2400001")
                    .with(SpotifyMetadataFields.DURATION_MS, 201_000).with(SpotifyMetadataFields.LABEL, "DistroKid")
                    .with(SpotifyMetadataFields.POPULARITY, 31).with(WebPlayerFields.SPOTIFY_STREAMS, 12_345L)
                    .with(SpotifyMetadataFields.RELEASE_DATE, "2026-10-31")
                    .with(SpotifyMetadataFields.IMAGE_URL, "https://i.scdn.co/image/ab67")
                    .with(MlcFields.PUBLISHER_STATUS, PublisherStatus.UNKNOWN)
                    .askedAt(EnrichmentTier.SPOTIFY_METADATA, T0.plusSeconds(3600))
                    .askedAt(EnrichmentTier.ISRC, T0.plusSeconds(7200)));
            assertThat(facts.get(ids.get(1))).isEqualTo(TrackFacts.of(ids.get(1), "F000000000000000000002",
                    "Never asked", "Jon Ash").with(MlcFields.PUBLISHER_STATUS, PublisherStatus.UNKNOWN)
                    .askedAt(EnrichmentTier.ISRC, T0.plusSeconds(7200)));
            assertThat(facts.get(ids.get(1)).lastAsked(EnrichmentTier.SPOTIFY_METADATA)).as("tier 1 never asked")
                    .isNull();
        }
    }
}
