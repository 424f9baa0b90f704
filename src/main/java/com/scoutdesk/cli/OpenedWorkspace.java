package com.scoutdesk.cli;

import com.scoutdesk.service.ScoreService;
import com.scoutdesk.service.Services;
import com.scoutdesk.service.audit.SpotifyMetadataAudit;
import com.scoutdesk.service.bench.EnrichmentBenchmark;
import com.scoutdesk.service.bench.WorkspaceBenchmark;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.integration.common.ProviderListener;
import com.scoutdesk.scheduling.WeeklyRefresh;
import com.scoutdesk.tracking.TrackingService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** An open workspace as the commands see it; closing it releases the database and the workspace lock. */
public interface OpenedWorkspace extends AutoCloseable {

    Services services();

    /** Playlist tracking: adding, fetching and importing playlists. */
    TrackingService tracking();

    /** The durable enrichment queue (tier runs). */
    TierRunQueue enrichmentQueue();

    /** Scores stored tracks with the one weight table. */
    ScoreService scores();

    /** The two-step Spotify metadata audit: fetch a CSV file, apply it back. */
    SpotifyMetadataAudit spotifyMetadataAudit();

    /** The enrichment pipeline over the stages this configuration can run. */
    EnrichmentPipeline enrichment();

    /** The in-app weekly refresh: on/off, last and next run. */
    WeeklyRefresh weeklyRefresh();

    Path location();

    /** The workspace's log file, where the details of a failure go. */
    default Path logFile() {
        return location().resolve("logs").resolve("scoutdesk.log");
    }

    /** Configuration warnings (unknown keys) to show the user; errors never get this far. */
    List<String> warnings();

    WorkspaceBenchmark benchmark(Consumer<String> progress, int runs);

    /** The enrichment benchmark on this workspace's pipeline, or empty when no Spotify credentials are configured. */
    Optional<EnrichmentBenchmark> enrichmentBenchmark(Consumer<String> progress);

    /**
     * Tells {@code listener} of every configured provider's rate-limit waits and unreachability, for progress on the
     * command line; close the handle to stop.
     */
    default AutoCloseable subscribeProviders(ProviderListener listener) {
        return () -> { };
    }

    /** The Spotify Web API and accounts base URLs this workspace is configured with, for the benchmark's output. */
    List<String> spotifyEndpoints();

    @Override
    void close();
}
