package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pausing and resuming enrichment through the use case (the pipeline's own tests cover stopping mid-pass). */
class EnrichmentPauseServiceTest {

    @TempDir
    Path dir;
    Database db;
    EnrichmentService enrichment;
    final AtomicInteger asked = new AtomicInteger();

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        TierRunQueue queue = new TierRunQueue(db, clock, Backoff.standard());
        long trackId = db.write(em -> {
            Track t = new Track();
            t.setSpotifyId("S000000000000000000001");
            t.setName("Neon Hearts");
            t.setArtistNames("Mara Vell");
            t.setPublisherStatus(PublisherStatus.UNKNOWN);
            t.setLeadStage(LeadStage.NEW);
            t.setFirstSeenAt(clock.instant());
            t.setUpdatedAt(clock.instant());
            em.persist(t);
            return t.getId();
        });
        queue.enqueue(List.of(trackId), List.of(EnrichmentTier.ISRC), true);
        enrichment = new EnrichmentService(queue, new EnrichmentPipeline(db, queue, List.of(isrcStage()), clock),
                ProviderWaits.NONE, new DatabaseTrackQueryService(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPausedEnrichmentRunsNothingUntilResumedAndLosesNothing() {
        enrichment.pause();

        assertThat(enrichment.isPaused()).isTrue();
        assertThat(enrichment.run(EnrichmentScope.all(), event -> { })).isEqualTo(new EnrichmentReport(0, 0, 0, 0));
        assertThat(asked).hasValue(0);

        enrichment.resume();
        assertThat(enrichment.isPaused()).isFalse();
        assertThat(enrichment.run(EnrichmentScope.all(), event -> { }).done()).isEqualTo(1);
        assertThat(asked).hasValue(1);
    }

    private EnrichmentStage isrcStage() {
        return new EnrichmentStage() {
            @Override
            public String id() {
                return "scripted-isrc";
            }

            @Override
            public EnrichmentTier tier() {
                return EnrichmentTier.ISRC;
            }

            @Override
            public int batchSize() {
                return 1;
            }

            @Override
            public boolean needs(TrackFacts track) {
                return true;
            }

            @Override
            public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
                asked.addAndGet(batch.size());
                return batch.stream().collect(Collectors.toMap(TrackFacts::trackId, f -> new StageOutcome.Done(
                        new TrackUpdate("spotify-api", Map.of(IsrcFields.ISRC, "GBAYE2400099")))));
            }
        };
    }
}
