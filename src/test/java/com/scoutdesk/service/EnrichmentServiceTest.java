package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Re-enriching a playlist or every track queues the right tracks' runs, and the queue's status shows them. */
class EnrichmentServiceTest extends WorkspaceFixture {

    private static final List<EnrichmentTier> TIERS = List.of(EnrichmentTier.ISRC, EnrichmentTier.values()[1]);

    EnrichmentService enrichment;
    long playlistId;

    @BeforeEach
    void open() {
        openWorkspace();
        TierRunQueue queue = new TierRunQueue(db, clock, Backoff.standard());
        enrichment = new EnrichmentService(queue, new EnrichmentPipeline(db, queue, List.of(), clock),
                ProviderWaits.NONE, new DatabaseTrackQueryService(db));
        playlistId = db.write(em -> {
            Playlist p = addPlaylist(em, "3cEYpjA9oz9GiPac4AsH4n", "Late Night Indie");
            addEntry(em, p, addTrack(em, "S000000000000000000001", "Track S000000000000000000001"));
            addTrack(em, "S000000000000000000002", "Track S000000000000000000002"); // on no playlist
            return p.getId();
        });
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
