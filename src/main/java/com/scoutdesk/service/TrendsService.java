package com.scoutdesk.service;

import com.scoutdesk.persistence.Database;
import com.scoutdesk.service.export.AtomicFileExport;
import com.scoutdesk.service.trends.TrendTables;
import com.scoutdesk.service.trends.Trends;
import com.scoutdesk.service.trends.TrendsCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The Trends page and {@code scoutdesk trends}: a week's top movers, new tracks and playlist adds and drops, overall
 * or on one playlist, and their CSV export. Read-only; the computations are {@link TrendTables}' (Tablesaw).
 */
public final class TrendsService {

    /** The most movers a week's trends list. */
    public static final int TOP_MOVERS = 50;

    private final Database db;

    public TrendsService(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    /** The weeks with snapshots or playlist entries, newest first: what the week picker offers. */
    public List<LocalDate> weeks() {
        return db.readJdbc(TrendTables::weeks);
    }

    /**
     * The trends of {@code week}, or of the latest week with snapshots when it is null.
     *
     * @param playlistId null for all playlists
     * @throws InvalidInputException when the workspace has no data for {@code week}
     */
    public Trends trends(LocalDate week, Long playlistId) {
        return db.readJdbc(c -> {
            LocalDate shown = week == null ? TrendTables.latestWeek(c) : week;
            if (shown == null) {
                return Trends.empty(playlistId);
            }
            List<LocalDate> weeks = TrendTables.weeks(c);
            if (!weeks.contains(shown)) {
                throw new InvalidInputException(WEEK, "The workspace has no snapshots or playlist entries for the "
                        + "week of " + shown + ". Choose one of " + weeks.stream().limit(6).map(LocalDate::toString)
                        .collect(Collectors.joining(", ")) + (weeks.size() > 6 ? ", …" : "") + ".", null);
            }
            return TrendTables.trends(c, shown, playlistId, TOP_MOVERS);
        });
    }

    /**
     * Writes {@code trends} to {@code file} as CSV, all or nothing (an earlier file stays until the new one is
     * complete); formula-looking text is neutralised.
     *
     * @param playlistName the playlist filter's name for the movers rows; null for all playlists
     * @return the rows written
     */
    public long exportCsv(Trends trends, String playlistName, Path file) {
        try {
            return AtomicFileExport.write(file, out -> TrendsCsv.write(trends, playlistName, out));
        } catch (IOException e) {
            throw new UseCaseException("The trends could not be exported: " + e.getMessage(), e);
        }
    }

    /** The week a scout asked for. */
    public static final String WEEK = "week";
}
