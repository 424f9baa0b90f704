package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PlaylistEntry;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-enriching a playlist or every track queues the right tracks' runs, and the queue's status shows them. */
class EnrichmentServiceTest {

    private static final List<EnrichmentTier> TIERS = List.of(EnrichmentTier.ISRC, EnrichmentTier.values()[1]);

    @TempDir
    Path dir;
    Database db;
    EnrichmentService enrichment;
    long playlistId;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        Clock clock = Clock.systemUTC();
        TierRunQueue queue = new TierRunQueue(db, clock, Backoff.standard());
        enrichment = new EnrichmentService(queue, new EnrichmentPipeline(db, queue, List.of(), clock),
                ProviderWaits.NONE, new DatabaseTrackQueryService(db));
        playlistId = db.write(em -> {
            Playlist p = new Playlist();
            p.setSpotifyId("3cEYpjA9oz9GiPac4AsH4n");
            p.setName("Late Night Indie");
            p.setStatus(PlaylistStatus.ACTIVE);
            p.setAutoFetch(true);
            p.setAutoEnrich(true);
            p.setCreatedAt(Instant.now());
            em.persist(p);
            PlaylistEntry e = new PlaylistEntry();
            e.setWeekStart(LocalDate.of(2026, 11, 20));
            e.setPlaylist(p);
            e.setTrack(track(em, "S000000000000000000001"));
            e.setFirstSeenAt(Instant.now());
            e.setLastSeenAt(Instant.now());
            em.persist(e);
            track(em, "S000000000000000000002"); // on no playlist
            return p.getId();
        });
    }

    private static Track track(EntityManager em, String spotifyId) {
        Track t = new Track();
        t.setSpotifyId(spotifyId);
        t.setName("Track " + spotifyId);
        t.setArtistNames("Mara Vell");
        t.setPublisherStatus(PublisherStatus.UNKNOWN);
        t.setLeadStage(LeadStage.NEW);
        t.setFirstSeenAt(Instant.now());
        t.setUpdatedAt(Instant.now());
        em.persist(t);
        return t;
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPlaylistsScopeHoldsOnlyItsTracksAndQueuesTheirTiersAgain() {
        EnrichmentScope scope = enrichment.playlistScope(playlistId, TIERS);

        assertThat(scope.tracks()).hasValueSatisfying(ids -> assertThat(ids).hasSize(1));
        assertThat(enrichment.queueAgain(scope)).isEqualTo(new Requeued(2, 1));
        assertThat(pending()).isEqualTo(2);
    }

    @Test
    void everyTracksScopeQueuesEveryStoredTrack() {
        assertThat(enrichment.queueAgain(EnrichmentScope.ofTiers(TIERS))).isEqualTo(new Requeued(4, 2));
        assertThat(enrichment.dueCount(EnrichmentTier.ISRC, EnrichmentScope.all())).isEqualTo(2);
    }

    private long pending() {
        return enrichment.status(10).counts().stream().filter(c -> c.status() == TierRunStatus.PENDING)
                .mapToLong(TierRunCount::runs).sum();
    }
}
