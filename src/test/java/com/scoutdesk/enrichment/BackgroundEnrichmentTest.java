package com.scoutdesk.enrichment;

import static com.scoutdesk.enrichment.fields.IsrcFields.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's background enrichment and the live outcomes a window listens to. */
class BackgroundEnrichmentTest {

    @TempDir
    Path dir;

    @Test
    void worksOffTheQueueInTheBackgroundAndTellsListenersOfEachCommittedOutcome() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
        try (Database db = Database.open(DatabaseSettings.h2File(dir))) {
            TierRunQueue queue = new TierRunQueue(db, clock, Backoff.standard());
            long id = db.write(em -> {
                Track t = TestTracks.track("B000000000000000000001", "Night Drive", "Mara Vell", clock.instant());
                em.persist(t);
                return t.getId();
            });
            var stage = new EnrichmentPipelineTest.ScriptedStage(EnrichmentTier.ISRC, 1, f -> true,
                    f -> new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of(ISRC, "GBAYE2400001"))));
            EnrichmentPipeline pipeline = new EnrichmentPipeline(db, queue, List.of(stage), clock);
            List<TierOutcome> heard = new CopyOnWriteArrayList<>();
            AutoCloseable subscription = pipeline.subscribe(heard::add);

            try (BackgroundEnrichment background = new BackgroundEnrichment(pipeline, Duration.ofHours(1))) {
                queue.enqueue(List.of(id), List.of(EnrichmentTier.ISRC));
                background.nudge();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (heard.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
            }

            assertThat(heard).singleElement().satisfies(o -> {
                assertThat(o.trackId()).isEqualTo(id);
                assertThat(o.tier()).isZero();
                assertThat(o.outcome()).isEqualTo("done");
                assertThat(o.message()).contains("isrc");
            });
            String isrc = db.read(em -> em.find(Track.class, id).getIsrc());
            assertThat(isrc).as("committed before it was told").isEqualTo("GBAYE2400001");
            subscription.close();
        }
    }
}
