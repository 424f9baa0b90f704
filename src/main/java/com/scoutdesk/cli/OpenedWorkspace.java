package com.scoutdesk.cli;

import com.scoutdesk.bench.EnrichmentBenchmark;
import com.scoutdesk.bench.RegistryBenchmark;
import com.scoutdesk.bench.SnapshotBenchmark;
import com.scoutdesk.bench.WorkspaceBenchmark;
import com.scoutdesk.service.ContactService;
import com.scoutdesk.service.EnrichmentService;
import com.scoutdesk.service.PerformanceService;
import com.scoutdesk.service.PlaylistService;
import com.scoutdesk.service.ScheduleService;
import com.scoutdesk.service.Services;
import com.scoutdesk.service.TrackService;
import com.scoutdesk.service.audit.SpotifyMetadataAudit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An open workspace as the commands see it: the use cases of the {@code service} package, nothing below them.
 * Closing it releases the database and the workspace lock.
 */
public interface OpenedWorkspace extends AutoCloseable {

    Services services();

    /** Adding, fetching, importing and deleting playlists. */
    PlaylistService playlists();

    /** Queueing and running enrichment, and what the queue holds. */
    EnrichmentService enrichment();

    /** A track's details, scores, lead stage, tags, notes and the fields a scout sets by hand. */
    TrackService tracks();

    /** The people a scout reaches out to: list, add and edit contacts. */
    ContactService contacts();

    /** The two-step Spotify metadata audit: fetch a CSV file, apply it back. */
    SpotifyMetadataAudit spotifyMetadataAudit();

    /** The weekly performance snapshot: take one now, on/off, last and next run. */
    PerformanceService performance();

    /** The snapshot benchmark: a week's snapshots and aggregates written over this (synthetic) workspace. */
    SnapshotBenchmark snapshotBenchmark(Consumer<String> progress);

    /** The in-app weekly refresh: on/off, last and next run. */
    ScheduleService schedule();

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

    /** The registry benchmark (tiers 3 to 6) on this workspace's pipeline and registry clients. */
    RegistryBenchmark registryBenchmark(Consumer<String> progress);

    /** The Spotify Web API and accounts base URLs this workspace is configured with, for the benchmark's output. */
    List<String> spotifyEndpoints();

    @Override
    void close();
}
