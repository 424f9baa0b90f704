package com.scoutdesk.ui.progress;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.service.DatabaseTrackQueryService;
import com.scoutdesk.service.EnrichmentScope;
import com.scoutdesk.service.EnrichmentService;
import com.scoutdesk.service.ProviderWaits;
import com.scoutdesk.testing.AnsweringStage;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestDatabases.Engine;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A real H2 workspace with a real {@link EnrichmentService} for the progress tests: {@code trackCount} tracks queued
 * for ISRC recovery and MusicBrainz (stages a test steers) and for Spotify metadata, which has no stage here and so
 * stands for a tier without credentials. Time stands still at {@link #NOW} until a test moves it.
 */
final class ProgressWorkspace implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final List<EnrichmentTier> TIERS = List.of(EnrichmentTier.ISRC, EnrichmentTier.SPOTIFY_METADATA,
            EnrichmentTier.MUSICBRAINZ);

    final MutableClock clock = new MutableClock(NOW);
    final Database db;
    final AnsweringStage isrc = new AnsweringStage(EnrichmentTier.ISRC,
            () -> TrackUpdate.from("spotify-api").found(IsrcFields.ISRC, "GBAYE2400099").build());
    final AnsweringStage musicBrainz = AnsweringStage.answering(EnrichmentTier.MUSICBRAINZ,
            new StageOutcome.Skipped("nothing new"));
    final EnrichmentService enrichment;
    final List<Long> ids = new ArrayList<>();

    ProgressWorkspace(Path dir, int trackCount) {
        db = Database.open(TestDatabases.fresh(Engine.H2, dir));
        for (int i = 1; i <= trackCount; i++) {
            String spotifyId = String.format("S%021d", i);
            ids.add(db.write(em -> {
                var track = TestTracks.track(spotifyId, "Track " + spotifyId, "Mara Vell", NOW);
                em.persist(track);
                return track.getId();
            }));
        }
        TierRunQueue queue = new TierRunQueue(db, clock, Backoff.standard());
        queue.enqueue(ids, TIERS, true);
        enrichment = new EnrichmentService(queue, new EnrichmentPipeline(db, queue, List.of(isrc, musicBrainz), clock),
                ProviderWaits.NONE, new DatabaseTrackQueryService(db));
    }

    /** Runs a pass over these tracks (every tier), on the pipeline's own lanes; returns when it is over. */
    void enrich(List<Long> tracks) {
        enrichment.run(EnrichmentScope.of(tracks, TIERS), event -> { });
    }

    /** The workspace's clock as seen from {@code zone}: the scout's local time. */
    Clock seenFrom(ZoneId zone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return seenFrom(other);
            }

            @Override
            public Instant instant() {
                return clock.instant();
            }
        };
    }

    @Override
    public void close() {
        db.close();
    }
}
