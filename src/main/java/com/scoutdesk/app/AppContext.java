package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigKey;
import com.scoutdesk.app.config.ConfigProblem;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.bench.EnrichmentBenchmark;
import com.scoutdesk.bench.RegistryBenchmark;
import com.scoutdesk.bench.SnapshotBenchmark;
import com.scoutdesk.bench.WorkspaceBenchmark;
import com.scoutdesk.cli.OpenedWorkspace;
import com.scoutdesk.concurrent.NamedThreads;
import com.scoutdesk.enrichment.BackgroundEnrichment;
import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.integration.art.ArtClient;
import com.scoutdesk.integration.art.ArtConfig;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import com.scoutdesk.integration.webplayer.LazyWebPlayerBrowser;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.JdbcUrls;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.persistence.WorkspaceException;
import com.scoutdesk.persistence.WorkspaceLock;
import com.scoutdesk.persistence.safety.SafeOpen;
import com.scoutdesk.performance.FreshNumbers;
import com.scoutdesk.performance.HotBandThresholds;
import com.scoutdesk.performance.Pause;
import com.scoutdesk.performance.PerformanceJob;
import com.scoutdesk.performance.SnapshotWeekWriter;
import com.scoutdesk.scheduling.DatabaseJobStateStore;
import com.scoutdesk.scheduling.JobScheduler;
import com.scoutdesk.scheduling.JobStateStore;
import com.scoutdesk.scheduling.WeeklyPerformance;
import com.scoutdesk.scheduling.WeeklyPerformanceJob;
import com.scoutdesk.scheduling.WeeklyRefresh;
import com.scoutdesk.scheduling.WeeklyRefreshJob;
import com.scoutdesk.scheduling.WeeklySchedule;
import com.scoutdesk.scoring.UnsignedScorer;
import com.scoutdesk.service.AlbumArtService;
import com.scoutdesk.service.AlertService;
import com.scoutdesk.service.ContactService;
import com.scoutdesk.service.DatabaseExportService;
import com.scoutdesk.service.LeadListImportService;
import com.scoutdesk.service.DatabaseSampleDataService;
import com.scoutdesk.service.DatabaseTrackQueryService;
import com.scoutdesk.service.DatabaseWorkspaceQueryService;
import com.scoutdesk.service.EnrichmentService;
import com.scoutdesk.service.OutreachService;
import com.scoutdesk.service.OutreachSettings;
import com.scoutdesk.persistence.safety.Backups;
import com.scoutdesk.service.PerformanceService;
import com.scoutdesk.service.PlaylistService;
import com.scoutdesk.service.backup.OpenWorkspaceBackups;
import com.scoutdesk.service.CredentialService;
import com.scoutdesk.service.ProviderWaits;
import com.scoutdesk.service.ScheduleService;
import com.scoutdesk.service.ScoreService;
import com.scoutdesk.service.Services;
import com.scoutdesk.service.TagService;
import com.scoutdesk.service.TrackHistoryService;
import com.scoutdesk.service.TrendsService;
import com.scoutdesk.service.TrackService;
import com.scoutdesk.service.audit.SpotifyMetadataAudit;
import com.scoutdesk.tracking.DatabaseCapabilityStore;
import com.scoutdesk.tracking.PlaylistSource;
import com.scoutdesk.tracking.SourceChain;
import com.scoutdesk.tracking.TrackingService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The composition root: opens one workspace (configuration, log file, lock, database) and builds the services on
 * it by hand, with constructor injection. The window and every command get their services from here.
 */
public final class AppContext implements OpenedWorkspace {

    /** How often the window works off the enrichment queue (and at once after a fetch brought new tracks). */
    private static final Duration BACKGROUND_ENRICHMENT_PERIOD = Duration.ofMinutes(2);

    private final AppPaths paths;
    private final ScoutDeskConfig config;
    private final WorkspaceLock lock;
    private final Database db;
    private final Services services;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread closeOnExit = NamedThreads.daemon("scoutdesk-close-workspace", this::close);
    private final TrackingService tracking;
    private final PlaylistService playlists;
    private final EnrichmentService enrichmentService;
    private final TrackService trackService;
    private final ContactService contacts;
    private final ScheduleService schedule;
    private final List<PlaylistSource> sources;
    private final LazyWebPlayerBrowser webPlayer;
    private final JobScheduler scheduler;
    private final TierRunQueue enrichmentQueue;
    private final EnrichmentPipeline enrichment;
    /** Started with the window's background jobs; commands run the queue themselves (`scoutdesk enrich`). */
    private volatile BackgroundEnrichment background;
    private final SpotifyMetadataAudit spotifyMetadataAudit;
    private final SpotifyApiClient spotify;
    /** The clients of tiers 3 to 6, shared by their stages and the registry benchmark. */
    private final RegistryClients registries;
    private final Clock clock;
    private final PerformanceService performance;
    /** What opening the workspace had to do that the scout must hear of: a recovery, an update undone. */
    private final List<String> notices;
    private final SafeOpen safeOpen;

    AppContext(AppPaths paths, ScoutDeskConfig config, WorkspaceLock lock, Database db,
            List<String> notices, SafeOpen safeOpen, CredentialService credentials) {
        this.paths = paths;
        this.safeOpen = safeOpen;
        this.notices = notices;
        this.config = config;
        this.lock = lock;
        this.db = db;
        Clock clock = Clock.systemUTC();
        this.clock = clock;
        // One client per provider, so tracking and enrichment share its rate limiter.
        SpotifyApiClient spotify = PlaylistSources.spotifyApi(config);
        this.spotify = spotify;
        PlaywrightDriverFolder.prepare(); // what a killed run left goes now
        // One browser too, so playlist pages and track pages share one Chromium and one page pool.
        this.webPlayer = new LazyWebPlayerBrowser(PlaylistSources.webPlayer(config));
        this.sources = PlaylistSources.configured(spotify, webPlayer);
        SettingsRepository settings = new SettingsRepository(db, clock);
        DatabaseCapabilityStore capabilities = new DatabaseCapabilityStore(settings);
        SourceChain chain = new SourceChain(sources, capabilities, clock);
        ScoreService scores = new ScoreService(db, UnsignedScorer.withDefaultLabels(), clock);
        OpeningUpkeep.rescoreIfTableChanged(scores, settings, db.isReadOnly());
        // A track new to a playlist may now count as an editorial or Fresh Finds appearance.
        this.tracking = new TrackingService(db, chain, clock, config.day(ConfigKey.TRACKING_WEEK_START), ids -> {
            scores.recompute(ids);
            BackgroundEnrichment running = background;
            if (running != null) {
                running.nudge(); // new tracks have pending runs: enrich them now rather than at the next pass
            }
        });
        JobStateStore jobs = new DatabaseJobStateStore(settings);
        WeeklySchedule schedule = new WeeklySchedule(config.day(ConfigKey.REFRESH_DAY),
                config.time(ConfigKey.REFRESH_TIME));
        WeeklyRefresh weeklyRefresh = new WeeklyRefresh(jobs, schedule, clock);
        this.scheduler = new JobScheduler(jobs, clock);
        WeeklyRefreshJob refreshJob = new WeeklyRefreshJob(tracking);
        if (!db.isReadOnly()) { // a workspace that can only be read is never refreshed, and registering writes
            scheduler.register(refreshJob, schedule);
        }
        this.enrichmentQueue = new TierRunQueue(db, clock, Backoff.standard());
        OpeningUpkeep.requeueInterrupted(enrichmentQueue, db.isReadOnly());
        this.registries = RegistryClients.configured(config, capabilities, db, clock);
        this.enrichment = new EnrichmentPipeline(db, enrichmentQueue,
                EnrichmentStages.configured(registries, spotify, capabilities, webPlayer, db, clock), clock,
                scores::scoreColumns);
        OpeningUpkeep.queueNewTiers(enrichmentQueue, enrichment, db.isReadOnly());
        PerformanceJob performanceJob = performanceJob(config, db, enrichmentQueue, enrichment, clock);
        if (!db.isReadOnly()) { // after the refresh, never before it: the new week's tracks get fresh numbers too
            scheduler.register(new WeeklyPerformanceJob(performanceJob, run -> { }), schedule, refreshJob);
        }
        this.performance = new PerformanceService(db, performanceJob, new WeeklyPerformance(jobs, weeklyRefresh),
                clock);
        // An ISRC counts in the score, so a track whose ISRC the audit wrote is scored again, as after enrichment.
        this.spotifyMetadataAudit = new SpotifyMetadataAudit(db, clock, scores::recompute);
        // Only the Web API client waits out Retry-After; the web player is a browser and has no such waits.
        ProviderWaits waits = spotify == null ? ProviderWaits.NONE : new ProviderWaits(spotify::subscribe);
        this.playlists = new PlaylistService(tracking, waits);
        Supplier<Set<EnrichmentTier>> configuredTiers = () -> Set.copyOf(enrichment.tiers());
        var trackQueries = new DatabaseTrackQueryService(db, configuredTiers);
        this.enrichmentService = new EnrichmentService(enrichmentQueue, enrichment, waits, trackQueries, () -> {
            BackgroundEnrichment running = background;
            if (running != null) {
                running.nudge(); // the scout asked from the window: enrich now, not at the next pass
            }
        });
        this.trackService = new TrackService(db, scores, clock, configuredTiers);
        this.contacts = new ContactService(db, clock);
        this.schedule = new ScheduleService(weeklyRefresh, performance);
        var workspace = new DatabaseWorkspaceQueryService(db);
        TrackHistoryService history = new TrackHistoryService(db);
        this.services = new Services(trackQueries, workspace,
                new DatabaseSampleDataService(db, workspace, clock), new DatabaseExportService(db, clock),
                this.schedule, describe(paths, db.settings()), notices, trackService, contacts, enrichmentService,
                albumArt(paths, config), history, new TagService(db, clock),
                new OutreachService(trackService, history, outreachSettings(settings, config)), playlists,
                credentials, WorkspaceConfigs.of(paths.workspace(), config), backups(paths, config, db, clock),
                new AlertService(db, clock), new TrendsService(db), new LeadListImportService(db, clock));
    }

    /**
     * The weekly performance job: refresh tiers 2 and 6 through this pipeline (waiting up to SNAPSHOT_REFRESH_MINUTES),
     * then write the week in the playlists' own weeks, with the scout's hot-lead thresholds.
     */
    private static PerformanceJob performanceJob(ScoutDeskConfig config, Database db, TierRunQueue queue,
                                                 EnrichmentPipeline pipeline, Clock clock) {
        HotBandThresholds bands = new HotBandThresholds(config.amount(ConfigKey.BAND_WATCH_STREAMS),
                config.amount(ConfigKey.BAND_ACTIVE_STREAMS), config.count(ConfigKey.BAND_WATCH_GROWTH_PCT),
                config.count(ConfigKey.BAND_ACTIVE_GROWTH_PCT));
        return new PerformanceJob(new FreshNumbers(db, queue, pipeline, clock, Pause.sleeping(clock)),
                SnapshotWeekWriter.withSpikeAlerts(db, clock, bands, config.count(ConfigKey.ALERT_VELOCITY_PCT)), clock,
                config.day(ConfigKey.TRACKING_WEEK_START),
                Duration.ofMinutes(config.count(ConfigKey.SNAPSHOT_REFRESH_MINUTES)));
    }

    /** The workspace's own backups; a workspace on a database server has none (the server keeps its own). */
    private static OpenWorkspaceBackups backups(AppPaths paths, ScoutDeskConfig config, Database db, Clock clock) {
        Backups backups = db.settings().isEmbeddedH2()
                ? new Backups(paths.workspace(), config.count(ConfigKey.BACKUP_KEEP), clock) : null;
        return new OpenWorkspaceBackups(db, backups, paths.workspace().resolve("backups"));
    }

    /** The brief's model as LLM_URL and LLM_MODEL set it, until the scout changes it in Settings. */
    private static OutreachSettings outreachSettings(SettingsRepository settings, ScoutDeskConfig config) {
        return new OutreachSettings(settings, config.get(ConfigKey.LLM_URL), config.get(ConfigKey.LLM_MODEL),
                () -> Optional.of(config.get(ConfigKey.LLM_API_KEY)).filter(key -> !key.isBlank()));
    }

    /** The art folder of the workspace, filled from Spotify's image hosts and kept to ART_CACHE_MB. */
    private static AlbumArtService albumArt(AppPaths paths, ScoutDeskConfig config) {
        return new AlbumArtService(paths.workspace().resolve(AlbumArtService.FOLDER),
                config.count(ConfigKey.ART_CACHE_MB) * 1024L * 1024L, new ArtClient(ArtConfig.spotify()));
    }

    /** Starts the in-app weekly refresh (the window does; commands do not, cron runs `scoutdesk refresh`). */
    public synchronized void startBackgroundJobs() {
        scheduler.start();
        if (background == null) {
            // Playlists added while offline are checked and fetched first, once the network is back.
            background = new BackgroundEnrichment(enrichment, BACKGROUND_ENRICHMENT_PERIOD,
                    tracking::fetchNotYetChecked);
        }
    }

    /**
     * Opens the workspace. Takes a few seconds (Hibernate), so the window calls it behind its first frame.
     *
     * @throws ConfigurationException when scoutdesk.properties or the environment has invalid values
     * @throws WorkspaceException     when the folder or database cannot be opened, or is open elsewhere
     */
    public static AppContext open(AppPaths paths, Map<String, String> env, boolean logToWorkspace) {
        return WorkspaceOpening.open(paths, env, logToWorkspace);
    }

    /** SIGTERM (logout, shutdown, kill) closes the workspace cleanly instead of leaving H2 mid-write. */
    void closeOnExit() {
        Runtime.getRuntime().addShutdownHook(closeOnExit);
    }

    private static String describe(AppPaths paths, DatabaseSettings settings) {
        return settings.isEmbeddedH2() ? "Workspace " + paths.workspace()
                : "Shared database " + JdbcUrls.redact(settings.jdbcUrl()) + " (log and settings in "
                        + paths.workspace() + ")";
    }

    @Override
    public Services services() {
        return services;
    }

    @Override
    public PlaylistService playlists() {
        return playlists;
    }

    @Override
    public EnrichmentService enrichment() {
        return enrichmentService;
    }

    @Override
    public TrackService tracks() {
        return trackService;
    }

    @Override
    public ContactService contacts() {
        return contacts;
    }

    @Override
    public SpotifyMetadataAudit spotifyMetadataAudit() {
        return spotifyMetadataAudit;
    }

    @Override
    public PerformanceService performance() {
        return performance;
    }

    @Override
    public SnapshotBenchmark snapshotBenchmark(Consumer<String> progress) {
        return new SnapshotBenchmark(db, enrichmentQueue, clock, progress);
    }

    @Override
    public ScheduleService schedule() {
        return schedule;
    }

    @Override
    public Path location() {
        return paths.workspace();
    }

    public AppPaths paths() {
        return paths;
    }

    public ScoutDeskConfig config() {
        return config;
    }

    @Override
    public List<String> warnings() {
        List<String> out = new java.util.ArrayList<>(notices);
        config.problems().stream().filter(p -> p.severity() == ConfigProblem.Severity.WARNING)
                .map(ConfigProblem::toString).forEach(out::add);
        return out;
    }

    @Override
    public WorkspaceBenchmark benchmark(Consumer<String> progress, int runs) {
        return new WorkspaceBenchmark(db, progress, runs);
    }

    @Override
    public Optional<EnrichmentBenchmark> enrichmentBenchmark(Consumer<String> progress) {
        if (spotify == null) {
            return Optional.empty();
        }
        return Optional.of(new EnrichmentBenchmark(db, enrichmentQueue, enrichment, new SpotifyRequests(spotify),
                config.count(ConfigKey.SPOTIFY_REQUESTS_PER_30S), clock, progress));
    }

    @Override
    public RegistryBenchmark registryBenchmark(Consumer<String> progress) {
        return new RegistryBenchmark(db, enrichmentQueue, enrichment, registries.forBenchmark(config), clock,
                progress);
    }

    @Override
    public List<String> spotifyEndpoints() {
        return List.of(config.get(ConfigKey.SPOTIFY_API_URL), config.get(ConfigKey.SPOTIFY_ACCOUNTS_URL));
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (Thread.currentThread() != closeOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(closeOnExit);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook is running or about to
            }
        }
        try {
            if (background != null) {
                background.close(); // lanes finish the batch in hand; what they have not claimed stays queued
            }
            enrichment.stop();
            scheduler.close();
            PlaylistSources.closeAll(sources, webPlayer);
            safeOpen.closing(db);
            db.close();
            safeOpen.closed();
        } finally {
            WorkspaceOpening.closeQuietly(lock);
        }
    }
}
