package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.testing.AnsweringStage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pausing and resuming enrichment through the use case (the pipeline's own tests cover stopping mid-pass). */
class EnrichmentPauseServiceTest extends WorkspaceFixture {

    EnrichmentService enrichment;
    final AnsweringStage isrc = new AnsweringStage(EnrichmentTier.ISRC,
            () -> TrackUpdate.from("spotify-api").found(IsrcFields.ISRC, "GBAYE2400099").build());
    AtomicInteger asked = isrc.asked;

    @BeforeEach
    void open() {
        fixClock();
        openWorkspace();
        TierRunQueue queue = new TierRunQueue(db, clock, Backoff.standard());
        long trackId = addTrack("S000000000000000000001", "Neon Hearts");
        queue.enqueue(List.of(trackId), List.of(EnrichmentTier.ISRC), true);
        enrichment = new EnrichmentService(queue, new EnrichmentPipeline(db, queue, List.of(isrc), clock),
                ProviderWaits.NONE, new DatabaseTrackQueryService(db));
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

}
