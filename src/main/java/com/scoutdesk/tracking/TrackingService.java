package com.scoutdesk.tracking;

import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.model.Week;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import com.scoutdesk.persistence.Database;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Playlist tracking: add a playlist, fetch it (through the source chain) into the current tracking week, import
 * tracks by hand, delete. Network work happens outside any transaction; each outcome is written in one.
 */
public final class TrackingService {

    static final String KEPT_OFFLINE = "Kept; it will be checked and fetched when the network is back.";

    private final Database db;
    private final TrackedPlaylists playlists;
    private final SourceChain chain;
    private final Clock clock;
    private final DayOfWeek firstDay;
    private final Consumer<Set<Long>> appearancesChanged;

    public TrackingService(Database db, SourceChain chain, Clock clock, DayOfWeek firstDay) {
        this(db, chain, clock, firstDay, ids -> { });
    }

    /**
     * @param appearancesChanged told, after a fetch or import commits, which tracks appeared on a playlist they were
     *                           not on before (their editorial and Fresh Finds counts feed the score)
     */
    public TrackingService(Database db, SourceChain chain, Clock clock, DayOfWeek firstDay,
                           Consumer<Set<Long>> appearancesChanged) {
        this.db = db;
        this.playlists = new TrackedPlaylists(db, clock);
        this.chain = chain;
        this.clock = clock;
        this.firstDay = firstDay;
        this.appearancesChanged = appearancesChanged;
    }

    /** The tracking week that contains now. */
    public Week currentWeek() {
        return Week.containing(clock.instant(), firstDay);
    }

    /**
     * Starts tracking a playlist: checks the link and that the playlist can be read, refuses a duplicate, stores it
     * and (unless {@code fetch} is false) fetches it into the current week.
     *
     * @return the new playlist's id and, when fetched, what the fetch did
     */
    public AddResult add(String link, String chartmetricUrl, boolean fetch, boolean autoEnrich) {
        SpotifyRef ref = SpotifyRef.parse(link, SpotifyKind.PLAYLIST);
        String chartmetric = ChartmetricLink.check(chartmetricUrl);
        playlists.nameOf(ref).ifPresent(name -> {
            throw new AlreadyTrackedException(name, ref.id());
        });
        Instant started = clock.instant();
        FetchedPlaylist fetched = null;
        PlaylistMetadata metadata = null;
        String offline = null;
        try {
            if (fetch) {
                fetched = chain.fetch(ref);
                metadata = fetched.metadata();
            } else {
                metadata = chain.metadata(ref);
            }
        } catch (UnavailableException e) {
            throw new IllegalStateException(Unavailable.message(ref, e), e);
        } catch (OfflineException e) {
            // Unreachable is no answer about the playlist: it is kept, and checked once the network is back.
            offline = e.getMessage() + " " + KEPT_OFFLINE;
        }
        FetchedPlaylist content = fetched;
        PlaylistMetadata meta = metadata;
        String notice = offline;
        FetchRecorder[] recorders = new FetchRecorder[1];
        AddResult added = db.write(em -> {
            Playlist p = playlists.add(em, ref, meta != null && meta.name() != null ? meta.name() : null,
                    meta != null && "spotify".equalsIgnoreCase(meta.ownerId()), true, autoEnrich);
            p.setChartmetricUrl(chartmetric);
            if (notice != null) {
                p.setStatus(PlaylistStatus.NOT_YET_CHECKED);
                p.setLastError(notice);
                return new AddResult(p.getId(), p.getName(), p.isEditorial(), Optional.empty(), Optional.of(notice));
            }
            FetchRecorder recorder = new FetchRecorder(em, clock.instant());
            recorders[0] = recorder;
            if (content == null) {
                if (meta != null) {
                    recorder.applyMetadata(p, meta);
                }
                return new AddResult(p.getId(), p.getName(), p.isEditorial(), Optional.empty());
            }
            FetchResult result = recorder.recordFetched(p, currentWeek(), content, started);
            return new AddResult(p.getId(), p.getName(), p.isEditorial(), Optional.of(result));
        });
        notifyAppeared(recorders[0]);
        return added;
    }

    /** Fetches one tracked playlist into the current week; a failure is recorded, never thrown. */
    public FetchResult fetch(long playlistId) {
        Playlist p = playlists.get(playlistId);
        SpotifyRef ref = new SpotifyRef(SpotifyKind.PLAYLIST, p.getSpotifyId());
        Instant started = clock.instant();
        Week week = currentWeek();
        try {
            FetchedPlaylist fetched = chain.fetch(ref);
            FetchRecorder[] recorder = new FetchRecorder[1];
            FetchResult result = db.write(em -> {
                recorder[0] = new FetchRecorder(em, clock.instant());
                return recorder[0].recordFetched(em.find(Playlist.class, playlistId), week, fetched, started);
            });
            notifyAppeared(recorder[0]);
            return result;
        } catch (UnavailableException e) {
            return failure(playlistId, week, Unavailable.message(ref, e), Unavailable.status(e), started);
        } catch (OfflineException e) {
            return failure(playlistId, week, e.getMessage() + " ScoutDesk will retry at the next fetch.", null,
                    started);
        } catch (ProviderException | SourceChain.NoSourceException e) {
            return failure(playlistId, week, e.getMessage(), null, started);
        }
    }

    /**
     * Fetches every tracked playlist (or only those with auto-fetch on), one after the other; playlists added while
     * offline, not yet checked, come first.
     */
    public List<FetchResult> fetchAll(boolean onlyAutoFetch) {
        return fetchAll(onlyAutoFetch, FetchListener.NONE);
    }

    /** As {@link #fetchAll(boolean)}, telling {@code listener} of each fetch as it finishes. */
    public List<FetchResult> fetchAll(boolean onlyAutoFetch, FetchListener listener) {
        return fetchEach(playlists.toFetch(onlyAutoFetch), listener);
    }

    /** Checks and fetches the playlists added while offline; the window does this in its background work. */
    public List<FetchResult> fetchNotYetChecked() {
        return fetchEach(playlists.notYetChecked(), FetchListener.NONE);
    }

    private List<FetchResult> fetchEach(List<Long> ids, FetchListener listener) {
        List<FetchResult> results = new ArrayList<>();
        for (Long id : ids) {
            FetchResult result = fetch(id);
            results.add(result);
            listener.fetched(results.size(), ids.size(), result);
        }
        return results;
    }

    /** The most rows an import takes unless the scout raises the limit. */
    public static final long DEFAULT_MAX_ROWS = 1_000_000;

    /**
     * Imports tracks by hand from text in memory (see {@link ManualImport} for the format), with the default limit.
     *
     * @param week the tracking week the import belongs to (default: the current one)
     */
    public List<FetchResult> importTracks(String text, Optional<String> playlist, boolean complete,
                                          Optional<LocalDate> week) {
        return importTracks(ImportSource.ofText(text), playlist, complete, week, DEFAULT_MAX_ROWS,
                ImportProgress.NONE);
    }

    /**
     * Imports tracks by hand from a file, streaming it twice: every line is checked before anything is written, then
     * everything is written in one transaction. Playlists not tracked yet are added.
     *
     * @param maxRows  more rows than this reject the file (the scout can raise it)
     * @param progress told how far reading and writing have got
     * @throws ManualImport.InvalidImportException when the file is missing, unreadable or has a bad line
     */
    public List<FetchResult> importTracks(ImportSource source, Optional<String> playlist, boolean complete,
                                          Optional<LocalDate> week, long maxRows, ImportProgress progress) {
        return importTracks(source, playlist, complete, week, maxRows, progress, false);
    }

    /**
     * Checks a manual import without writing anything: the rows that can be imported and every bad line.
     *
     * @throws ManualImport.InvalidImportException when the file as a whole cannot be read (missing, not UTF-8, ...)
     */
    public ImportCheck checkImport(ImportSource source, Optional<String> playlist, long maxRows) {
        Optional<SpotifyRef> defaultPlaylist = playlist.map(p -> SpotifyRef.parse(p, SpotifyKind.PLAYLIST));
        ManualImport.Scan scan = ManualImport.scan(source, defaultPlaylist, maxRows, true, row -> { }, rows -> { });
        return new ImportCheck(scan.counts().values().stream().mapToLong(Long::longValue).sum(), scan.bad().kept(),
                scan.bad().count());
    }

    /**
     * As {@link #importTracks(ImportSource, Optional, boolean, Optional, long, ImportProgress)}, or, with
     * {@code goodRowsOnly}, writing the good rows and leaving out the bad lines the scout was shown.
     */
    public List<FetchResult> importTracks(ImportSource source, Optional<String> playlist, boolean complete,
                                          Optional<LocalDate> week, long maxRows, ImportProgress progress,
                                          boolean goodRowsOnly) {
        Optional<SpotifyRef> defaultPlaylist = playlist.map(p -> SpotifyRef.parse(p, SpotifyKind.PLAYLIST));
        Week target = week.map(d -> Week.containing(d.atStartOfDay().toInstant(ZoneOffset.UTC), firstDay))
                .orElseGet(this::currentWeek);
        var request = new PlaylistImporter.Request(source, defaultPlaylist, complete, target, maxRows, goodRowsOnly);
        return new PlaylistImporter(db, clock, (em, ref) -> playlists.add(em, ref, null, false, false, true))
                .run(request, progress, appearancesChanged);
    }

    private void notifyAppeared(FetchRecorder recorder) {
        if (recorder != null && !recorder.appeared().isEmpty()) {
            appearancesChanged.accept(recorder.appeared());
        }
    }

    /**
     * Stops tracking a playlist and deletes its weekly entries and fetch history. Tracks that appear on no other
     * playlist are deleted too, unless the scout has tagged, annotated or moved them along the pipeline.
     *
     * @return how many tracks were deleted with it
     */
    public int delete(long playlistId) {
        return playlists.delete(playlistId);
    }

    /** Reads the playlist's name, curator, followers and size again, without touching its entries. */
    public String refreshMetadata(long playlistId) {
        Playlist p = playlists.get(playlistId);
        PlaylistMetadata meta = chain.metadata(new SpotifyRef(SpotifyKind.PLAYLIST, p.getSpotifyId()));
        return db.write(em -> {
            Playlist managed = em.find(Playlist.class, playlistId);
            new FetchRecorder(em, clock.instant()).applyMetadata(managed, meta);
            return managed.getName();
        });
    }

    /** Every fetch of a playlist, newest first: the adds and drops per week, and what went wrong when. */
    public List<FetchHistoryRow> history(long playlistId) {
        return playlists.history(playlistId);
    }

    private FetchResult failure(long playlistId, Week week, String message, PlaylistStatus status, Instant started) {
        return db.write(em -> new FetchRecorder(em, clock.instant())
                .recordFailure(em.find(Playlist.class, playlistId), week, null, message, status, started));
    }

    /** @param offline when no source could be reached: the playlist is kept, not yet checked, and this says so */
    public record AddResult(long playlistId, String name, boolean editorial, Optional<FetchResult> fetch,
                            Optional<String> offline) {

        public AddResult(long playlistId, String name, boolean editorial, Optional<FetchResult> fetch) {
            this(playlistId, name, editorial, fetch, Optional.empty());
        }
    }
}
