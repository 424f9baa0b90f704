package com.scoutdesk.service;

import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.model.id.InvalidIdentifierException;
import com.scoutdesk.tracking.AlreadyTrackedException;
import com.scoutdesk.tracking.ChartmetricLink;
import com.scoutdesk.tracking.FetchHistoryRow;
import com.scoutdesk.tracking.FetchResult;
import com.scoutdesk.tracking.ImportCheck;
import com.scoutdesk.tracking.ImportProgress;
import com.scoutdesk.tracking.ImportSource;
import com.scoutdesk.tracking.ManualImport;
import com.scoutdesk.tracking.SourceChain;
import com.scoutdesk.tracking.TrackingService;
import com.scoutdesk.tracking.UnknownPlaylistException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The playlist use cases both front ends call: add, fetch, refresh metadata, delete, import and history. Tracking's
 * failures come out as {@link UseCaseException}s whose messages name no command-line flag or window control.
 */
public final class PlaylistService {

    private final TrackingService tracking;
    private final ProviderWaits waits;

    public PlaylistService(TrackingService tracking, ProviderWaits waits) {
        this.tracking = tracking;
        this.waits = waits;
    }

    /**
     * Starts tracking a playlist: checks the link and that the playlist can be read, refuses a duplicate, stores it
     * and (unless {@code fetch} is false) fetches it into the current week.
     *
     * @param chartmetricUrl the playlist's Chartmetric page, or null
     * @throws InvalidInputException           when the Chartmetric link is not one
     * @throws PlaylistAlreadyTrackedException when the playlist is tracked already
     */
    public PlaylistAdded add(String link, String chartmetricUrl, boolean fetch, boolean autoEnrich) {
        try {
            ChartmetricLink.check(chartmetricUrl);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(InvalidInputException.CHARTMETRIC_LINK, e.getMessage(), e);
        }
        TrackingService.AddResult r = translated(() -> tracking.add(link, chartmetricUrl, fetch, autoEnrich));
        return new PlaylistAdded(r.playlistId(), r.name(), r.editorial(), r.fetch().map(PlaylistService::report),
                r.offline());
    }

    /**
     * What is wrong with a Chartmetric link, checked as {@link #add} checks it, so a form can say so while the scout
     * types instead of after a round trip; empty when it is fine or blank.
     */
    public static Optional<String> chartmetricProblem(String chartmetricUrl) {
        try {
            ChartmetricLink.check(chartmetricUrl);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Fetches one tracked playlist into the current week; a failed fetch is recorded and reported, not thrown. */
    public FetchReport fetch(long playlistId) {
        return report(translated(() -> tracking.fetch(playlistId)));
    }

    /**
     * Fetches every tracked playlist (or only those with auto-fetch on), one after the other, telling
     * {@code listener} of each as it finishes and of the providers' waits; playlists added offline come first.
     */
    public List<FetchReport> fetchAll(boolean onlyAutoFetch, PlaylistFetchListener listener) {
        try (Subscription providers = waits.subscribe(listener)) {
            return tracking.fetchAll(onlyAutoFetch, (number, of, result) -> listener.fetched(number, of,
                    report(result))).stream().map(PlaylistService::report).toList();
        }
    }

    /** Reads the playlist's name, curator, followers and size again, without touching its entries; its new name. */
    public String refreshMetadata(long playlistId) {
        return translated(() -> tracking.refreshMetadata(playlistId));
    }

    /**
     * Stops tracking a playlist and deletes its weekly entries and fetch history, with the tracks on no other
     * playlist that the scout has not tagged, annotated or moved along.
     *
     * @return how many tracks were deleted with it
     */
    public int delete(long playlistId) {
        return translated(() -> tracking.delete(playlistId));
    }

    /**
     * Imports tracks by hand: every line is checked before anything is written, then all is written at once.
     * Playlists not tracked yet are added.
     *
     * @throws InvalidInputException when the file is missing, unreadable, too long or has bad lines (all listed)
     */
    public List<FetchReport> importTracks(ImportRequest request, ImportListener listener) {
        return imported(request, listener, false);
    }

    /**
     * Checks a manual import without writing anything: how many rows are good and every bad line by number. The
     * window shows this before the scout confirms.
     *
     * @throws InvalidInputException when the input as a whole cannot be read, or the playlist is not a link
     */
    public ImportPreview previewImport(ImportRequest request) {
        ImportCheck check = playlistChecked(() -> translatedImport(() -> tracking.checkImport(source(request),
                request.playlist(), request.maxRows())));
        return new ImportPreview(check.goodRows(), check.badLines().stream()
                .map(b -> new ImportPreview.BadRow(b.line(), b.problem())).toList(), check.badLineCount());
    }

    /**
     * Imports the good rows and leaves out the bad lines: what the scout confirms after seeing
     * {@link #previewImport}. The command line never calls this; it refuses an input with any bad line.
     *
     * @throws InvalidInputException when the input as a whole cannot be read or holds no good row
     */
    public List<FetchReport> importGoodRows(ImportRequest request, ImportListener listener) {
        return playlistChecked(() -> imported(request, listener, true));
    }

    private List<FetchReport> imported(ImportRequest request, ImportListener listener, boolean goodRowsOnly) {
        ImportProgress progress = new ImportProgress() {
            @Override
            public void read(long rows) {
                listener.read(rows);
            }

            @Override
            public void written(long rows, long total) {
                listener.written(rows, total);
            }
        };
        return translatedImport(() -> tracking.importTracks(source(request), request.playlist(), request.complete(),
                request.week(), request.maxRows(), progress, goodRowsOnly)).stream().map(PlaylistService::report)
                .toList();
    }

    private static ImportSource source(ImportRequest request) {
        return request.text() != null ? ImportSource.ofText(request.text())
                : ImportSource.of(request.file(), request.name());
    }

    /** Runs an import call, turning a refused input into an {@link InvalidInputException} naming what to change. */
    private static <T> T translatedImport(Supplier<T> call) {
        try {
            return call.get();
        } catch (ManualImport.InvalidImportException e) {
            String input = e.tooManyRows() ? InvalidInputException.IMPORT_ROW_LIMIT
                    : e.needsPlaylist() ? InvalidInputException.IMPORT_PLAYLIST : InvalidInputException.IMPORT_FILE;
            throw new InvalidInputException(input, e.getMessage(), e);
        }
    }

    /** The window's import: a playlist that is not a link is refused as the import's playlist, not a crash. */
    private static <T> T playlistChecked(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidIdentifierException e) {
            // only the playlist for the whole import is parsed outside the rows, whose problems are reported by line
            throw new InvalidInputException(InvalidInputException.IMPORT_PLAYLIST, e.getMessage(), e);
        }
    }

    /** Every fetch of a playlist, newest first: the adds and drops per week, and what went wrong when. */
    public List<FetchHistoryEntry> history(long playlistId) {
        return tracking.history(playlistId).stream().map(PlaylistService::entry).toList();
    }

    /** Runs a tracking call, turning its exceptions into the use cases' own. */
    private static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (UnknownPlaylistException e) {
            throw new NotFoundException(e.getMessage(), e);
        } catch (AlreadyTrackedException e) {
            throw new PlaylistAlreadyTrackedException(e);
        } catch (ProviderException | SourceChain.NoSourceException e) {
            throw new SourceUnavailableException(e.getMessage(), e);
        }
    }

    private static FetchReport report(FetchResult r) {
        return new FetchReport(r.playlistId(), r.playlistName(), r.week(), r.outcome(), r.source(), r.itemsRead(),
                r.expected(), r.added(), r.dropped(), r.newTracks(), r.message());
    }

    private static FetchHistoryEntry entry(FetchHistoryRow r) {
        return new FetchHistoryEntry(r.startedAt(), r.week(), r.source(), r.outcome(), r.read(), r.expected(),
                r.added(), r.dropped(), r.message());
    }
}
