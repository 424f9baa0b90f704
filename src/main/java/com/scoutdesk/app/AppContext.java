package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigKey;
import com.scoutdesk.app.config.ConfigLoader;
import com.scoutdesk.app.config.ConfigProblem;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.cli.OpenedWorkspace;
import com.scoutdesk.enrichment.BackgroundEnrichment;
import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.integration.common.ProviderListener;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import com.scoutdesk.integration.webplayer.LazyWebPlayerBrowser;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.JdbcUrls;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.persistence.WorkspaceException;
import com.scoutdesk.persistence.WorkspaceLock;
import com.scoutdesk.persistence.safety.Backups;
import com.scoutdesk.persistence.safety.SafeOpen;
import com.scoutdesk.scheduling.DatabaseJobStateStore;
import com.scoutdesk.scheduling.JobScheduler;
import com.scoutdesk.scheduling.JobStateStore;
import com.scoutdesk.scheduling.WeeklyRefresh;
import com.scoutdesk.scheduling.WeeklyRefreshJob;
import com.scoutdesk.scheduling.WeeklySchedule;
import com.scoutdesk.scoring.UnsignedScorer;
import com.scoutdesk.service.DatabaseExportService;
import com.scoutdesk.service.DatabaseSampleDataService;
import com.scoutdesk.service.DatabaseTrackQueryService;
import com.scoutdesk.service.DatabaseWorkspaceQueryService;
import com.scoutdesk.service.ScoreService;
import com.scoutdesk.service.Services;
import com.scoutdesk.service.audit.SpotifyMetadataAudit;
import com.scoutdesk.service.bench.EnrichmentBenchmark;
import com.scoutdesk.service.bench.SpotifyRequestCounter;
import com.scoutdesk.service.bench.WorkspaceBenchmark;
import com.scoutdesk.tracking.DatabaseCapabilityStore;
import com.scoutdesk.tracking.PlaylistSource;
import com.scoutdesk.tracking.SourceChain;
import com.scoutdesk.tracking.TrackingService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private final Thread closeOnExit = new Thread(this::close, "scoutdesk-close-workspace");
    private final TrackingService tracking;
    private final List<PlaylistSource> sources;
    private final LazyWebPlayerBrowser webPlayer;
    private final WeeklyRefresh weeklyRefresh;
    private final JobScheduler scheduler;
    private final TierRunQueue enrichmentQueue;
    private final EnrichmentPipeline enrichment;
    private final ScoreService scores;
    /** Started with the window's background jobs; commands run the queue themselves (`scoutdesk enrich`). */
    private volatile BackgroundEnrichment background;
    private final SpotifyMetadataAudit spotifyMetadataAudit;
    private final SpotifyApiClient spotify;
    private final Clock clock;
    /** What opening the workspace had to do that the scout must hear of: a recovery, an update undone. */
    private final List<String> notices;
    private final SafeOpen safeOpen;

    private AppContext(AppPaths paths, ScoutDeskConfig config, WorkspaceLock lock, Database db,
            List<String> notices, SafeOpen safeOpen) {
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
        this.scores = new ScoreService(db, UnsignedScorer.withDefaultLabels(), clock);
        int rescored = db.isReadOnly() ? 0 : scores.recomputeIfTableChanged(settings);
        if (rescored > 0) {
            LoggerFactory.getLogger(AppContext.class).info("The score's weight table changed: {} tracks re-scored",
                    rescored);
        }
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
        this.weeklyRefresh = new WeeklyRefresh(jobs, schedule, clock);
        this.scheduler = new JobScheduler(jobs, clock);
        if (!db.isReadOnly()) { // a workspace that can only be read is never refreshed, and registering writes
            scheduler.register(new WeeklyRefreshJob(tracking), schedule);
        }
        this.enrichmentQueue = new TierRunQueue(db, clock, Backoff.standard());
        int recovered = db.isReadOnly() ? 0 : enrichmentQueue.recoverInterrupted();
        if (recovered > 0) {
            LoggerFactory.getLogger(AppContext.class).info("{} enrichment runs interrupted last time are queued again",
                    recovered);
        }
        this.enrichment = new EnrichmentPipeline(db, enrichmentQueue,
                EnrichmentStages.configured(spotify, capabilities, webPlayer, db, clock), clock, scores::scoreColumns);
        // A tier registered since the tracks were fetched gets its runs now, for the tracks already here too.
        int backfilled = db.isReadOnly() ? 0 : enrichmentQueue.queueMissing(enrichment.tiers());
        if (backfilled > 0) {
            LoggerFactory.getLogger(AppContext.class).info("{} enrichment runs queued for tiers new to tracks",
                    backfilled);
        }
        // An ISRC counts in the score, so a track whose ISRC the audit wrote is scored again, as after enrichment.
        this.spotifyMetadataAudit = new SpotifyMetadataAudit(db, clock, scores::recompute);
        var workspace = new DatabaseWorkspaceQueryService(db);
        this.services = new Services(new DatabaseTrackQueryService(db), workspace,
                new DatabaseSampleDataService(db, workspace, clock), new DatabaseExportService(db),
                new WeeklyRefreshSettings(weeklyRefresh), describe(paths, db.settings()), notices);
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
        Path dir = paths.workspace();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new WorkspaceException("The workspace " + dir + " is a file, not a folder. Give a folder (it is "
                    + "created if missing) with --workspace DIR or SCOUTDESK_HOME.");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the workspace folder " + dir + " (" + e.getMessage()
                    + "). Choose another folder with --workspace DIR or SCOUTDESK_HOME.", e);
        }
        Path database = dir.resolve("scoutdesk.mv.db");
        boolean readOnly = Files.exists(database) && (!Files.isWritable(dir) || !Files.isWritable(database));
        if (!Files.exists(database) && !Files.isWritable(dir)) {
            throw new WorkspaceException("The workspace folder " + dir + " cannot be written to. Give a folder you "
                    + "may write to with --workspace DIR or SCOUTDESK_HOME, or change the folder's permissions.");
        }
        ScoutDeskConfig config = ConfigLoader.load(dir, env);
        if (config.hasErrors()) {
            throw new ConfigurationException(config.problems());
        }
        if (logToWorkspace && !readOnly) { // a workspace that can only be read keeps no log either
            LogSetup.toWorkspace(paths.logs(), config.get(ConfigKey.LOG_LEVEL));
        }
        Logger log = LoggerFactory.getLogger(AppContext.class);
        log.info("Opening workspace {}", dir);
        log.info("Configuration:{}{}", System.lineSeparator(), config.describe());
        config.problems().forEach(p -> log.warn("{}", p));

        DatabaseSettings settings = config.isSet(ConfigKey.DB_URL)
                ? new DatabaseSettings(config.get(ConfigKey.DB_URL), config.get(ConfigKey.DB_USER),
                        config.get(ConfigKey.DB_PASSWORD))
                : DatabaseSettings.h2File(dir);
        WorkspaceLock lock = null;
        try {
            // No lock file can be made in a folder that can only be read; nothing is written there either.
            lock = settings.isEmbeddedH2() && !readOnly ? WorkspaceLock.acquire(dir) : null;
            SafeOpen safeOpen = new SafeOpen(dir, settings, config.count(ConfigKey.BACKUP_KEEP), Clock.systemUTC());
            SafeOpen.Opened opened = safeOpen.open();
            AppContext context;
            try {
                context = new AppContext(paths, config, lock, opened.database(), opened.notices(), safeOpen);
            } catch (RuntimeException e) {
                opened.database().close(); // a clean close, so the next open need not read every row
                safeOpen.closed();
                throw e;
            }
            // SIGTERM (logout, shutdown, kill) closes the workspace cleanly instead of leaving H2 mid-write.
            Runtime.getRuntime().addShutdownHook(context.closeOnExit);
            return context;
        } catch (IOException e) {
            closeQuietly(lock);
            throw new WorkspaceException("Cannot lock the workspace " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
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
    public TrackingService tracking() {
        return tracking;
    }

    @Override
    public TierRunQueue enrichmentQueue() {
        return enrichmentQueue;
    }

    @Override
    public ScoreService scores() {
        return scores;
    }

    @Override
    public SpotifyMetadataAudit spotifyMetadataAudit() {
        return spotifyMetadataAudit;
    }

    @Override
    public EnrichmentPipeline enrichment() {
        return enrichment;
    }

    @Override
    public WeeklyRefresh weeklyRefresh() {
        return weeklyRefresh;
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

    /** What opening the workspace had to do (a recovery, an update undone), for the window to show. */
    public List<String> openingNotices() {
        return notices;
    }

    /** The workspace's backups; only for the embedded database. */
    public Backups backups() {
        return new Backups(paths.workspace(), config.count(ConfigKey.BACKUP_KEEP), clock);
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
        SpotifyRequestCounter counter = new SpotifyRequestCounter() {
            @Override
            public long requestsSent() {
                return spotify.requestCount();
            }

            @Override
            public Map<String, Long> requestsByKind() {
                return spotify.requestCounts();
            }

            @Override
            public long cacheHits() {
                return spotify.cache().stats().hitCount();
            }
        };
        return Optional.of(new EnrichmentBenchmark(db, enrichmentQueue, enrichment, counter,
                config.count(ConfigKey.SPOTIFY_REQUESTS_PER_30S), clock, progress));
    }

    @Override
    public AutoCloseable subscribeProviders(ProviderListener listener) {
        // Only the Web API client waits out Retry-After; the web player is a browser and has no such waits.
        return spotify == null ? () -> { } : spotify.subscribe(listener);
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
            closeSources();
            safeOpen.closing(db);
            db.close();
            safeOpen.closed();
        } finally {
            closeQuietly(lock);
        }
    }

    /** Stops what the sources started and the web player's Chromium; a failure here must not keep the DB open. */
    private void closeSources() {
        for (PlaylistSource source : sources) {
            if (source instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LoggerFactory.getLogger(AppContext.class).warn("Could not stop {}", source.method(), e);
                }
            }
        }
        try {
            webPlayer.close();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(AppContext.class).warn("Could not stop the web player browser", e);
        }
    }

    private static void closeQuietly(WorkspaceLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LoggerFactory.getLogger(AppContext.class).warn("Could not release the workspace lock", e);
            }
        }
    }
}
