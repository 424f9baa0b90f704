package com.scoutdesk.bench;

import com.scoutdesk.concurrent.NamedThreads;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.PipelineReport;
import com.scoutdesk.enrichment.PipelineTimings;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.service.EnrichmentReport;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Measures enrichment against the Spotify Web API the configuration names (for figures, the benchmark fake; see the
 * README): inserts synthetic tracks with valid Spotify ids into an empty workspace, queues tiers for them, runs one
 * pass of the pipeline and reports the requests sent, the wall time next to the least the rate limit allows, and the
 * pipeline's own overhead. Setting up (inserting, queueing) is not timed.
 */
public final class EnrichmentBenchmark {

    private static final int CHUNK = 250;
    private static final long PROGRESS_SECONDS = 10;

    private final Database db;
    private final TierRunQueue queue;
    private final EnrichmentPipeline pipeline;
    private final SpotifyRequestCounter spotify;
    private final int perWindow;
    private final Clock clock;
    private final Consumer<String> progress;

    /** @param perWindow R, the requests the client allows itself per rolling 30 s */
    public EnrichmentBenchmark(Database db, TierRunQueue queue, EnrichmentPipeline pipeline,
                               SpotifyRequestCounter spotify, int perWindow, Clock clock, Consumer<String> progress) {
        this.db = db;
        this.queue = queue;
        this.pipeline = pipeline;
        this.spotify = spotify;
        this.perWindow = perWindow;
        this.clock = clock;
        this.progress = progress;
    }

    /** The tiers this benchmark can measure: the Web API ones (tier 2 needs Chromium). */
    public static List<EnrichmentTier> measurableTiers() {
        return List.of(EnrichmentTier.ISRC, EnrichmentTier.SPOTIFY_METADATA);
    }

    public int perWindow() {
        return perWindow;
    }

    public EnrichmentBenchmarkReport run(int tracks, List<EnrichmentTier> tiers) {
        if (!measurableTiers().containsAll(tiers) || tiers.isEmpty()) {
            throw new IllegalArgumentException("the enrichment benchmark measures tiers " + measurableTiers()
                    + ", not " + tiers);
        }
        progress.accept(String.format("Inserting %,d synthetic tracks and queueing tiers %s...", tracks,
                tiers.stream().map(t -> String.valueOf(t.number())).toList()));
        List<Long> ids = insert(tracks);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            // In chunks: one transaction over every track would make Hibernate's auto-flush quadratic.
            queue.enqueue(ids.subList(from, Math.min(ids.size(), from + CHUNK)), tiers);
        }
        long requestsBefore = spotify.requestsSent();
        Map<String, Long> kindsBefore = spotify.requestsByKind();
        long hitsBefore = spotify.cacheHits();
        PipelineTimings before = pipeline.timings();
        long writesBefore = db.writeNanos();
        progress.accept(String.format("Running the pipeline over %,d runs (R = %d requests per rolling 30 s)...",
                (long) tracks * tiers.size(), perWindow));
        long start = System.nanoTime();
        ScheduledExecutorService ticker = progressTicker(start, requestsBefore, before);
        PipelineReport runs;
        try {
            runs = pipeline.runDue();
        } finally {
            ticker.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        PipelineTimings after = pipeline.timings();
        // The overhead is the database's own time (writes one at a time, commits included, waits for the writer
        // not counted: with several lanes the pipeline's own clock would count one write once per waiting thread)
        // plus the pipeline's reads, which wait for nobody.
        PassTimings during = new PassTimings(after.stageNanos() - before.stageNanos(),
                db.writeNanos() - writesBefore + after.readNanos() - before.readNanos(), after.runs() - before.runs());
        return new EnrichmentBenchmarkReport(tracks, List.copyOf(tiers), new EnrichmentReport(runs.done(),
                runs.skipped(), runs.failed(), runs.deferred()),
                spotify.requestsSent() - requestsBefore, minus(spotify.requestsByKind(), kindsBefore),
                spotify.cacheHits() - hitsBefore, perWindow, wall, during);
    }

    private List<Long> insert(int count) {
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>(count);
        for (int from = 0; from < count; from += CHUNK) {
            int first = from;
            int last = Math.min(count, from + CHUNK);
            ids.addAll(db.write(em -> {
                List<Track> created = new ArrayList<>();
                for (int n = first; n < last; n++) {
                    Track t = new Track();
                    t.setSpotifyId(SyntheticSpotifyIds.track(n));
                    t.setName("Bench Track " + (n + 1));
                    t.setArtistNames("Bench Artist " + (n % 997 + 1));
                    t.setPublisherStatus(PublisherStatus.UNKNOWN);
                    t.setLeadStage(LeadStage.NEW);
                    t.setFirstSeenAt(now);
                    t.setUpdatedAt(now);
                    em.persist(t);
                    created.add(t);
                }
                em.flush();
                return created.stream().map(Track::getId).toList();
            }));
        }
        return ids;
    }

    /** Every {@value #PROGRESS_SECONDS} s: runs recorded and requests sent so far, so a long run shows life. */
    private ScheduledExecutorService progressTicker(long start, long requestsBefore, PipelineTimings before) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
                NamedThreads.daemon("bench-enrich-progress"));
        ticker.scheduleAtFixedRate(() -> progress.accept(String.format("  %4.0f s: %,d runs recorded, %,d requests "
                + "sent", (System.nanoTime() - start) / 1e9, pipeline.timings().runs() - before.runs(),
                spotify.requestsSent() - requestsBefore)), PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
        return ticker;
    }

    private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> out = new HashMap<>();
        after.forEach((kind, n) -> {
            long d = n - before.getOrDefault(kind, 0L);
            if (d != 0) {
                out.put(kind, d);
            }
        });
        return out;
    }
}
