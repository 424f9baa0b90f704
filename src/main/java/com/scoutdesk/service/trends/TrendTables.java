package com.scoutdesk.service.trends;

import static com.scoutdesk.service.trends.JdbcTables.bool;
import static com.scoutdesk.service.trends.JdbcTables.doubleOrNull;
import static com.scoutdesk.service.trends.JdbcTables.intOrNull;
import static com.scoutdesk.service.trends.JdbcTables.longOrNull;
import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.earliestDate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * The trend computations over one week's tables (Tablesaw): top movers, new this week, playlist adds and drops, and
 * one track's chart series. Reads only; the caller gives the connection ({@code Database#readJdbc}).
 */
public final class TrendTables {

    private TrendTables() {
    }

    /** The weeks that have snapshots or playlist entries, newest first. */
    public static List<LocalDate> weeks(Connection c) throws SQLException {
        Table weeks = JdbcTables.read(c, "select distinct week_start from performance_snapshot union "
                + "select distinct week_start from playlist_entry", new Object[0],
                tech.tablesaw.api.DateColumn.create("week"));
        return weeks.sortDescendingOn("week").dateColumn("week").asList();
    }

    /** The latest week with snapshots, else the latest with playlist entries; null when there is neither. */
    public static LocalDate latestWeek(Connection c) throws SQLException {
        Table snapshotWeeks = JdbcTables.read(c, "select distinct week_start from performance_snapshot",
                new Object[0], tech.tablesaw.api.DateColumn.create("week"));
        if (!snapshotWeeks.isEmpty()) {
            return snapshotWeeks.dateColumn("week").max();
        }
        List<LocalDate> all = weeks(c);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * The trends of {@code week}.
     *
     * @param playlistId null for every playlist; else movers and new tracks are those on that playlist that week, and
     *                   adds and drops are that playlist's
     * @param topMovers  the most movers returned
     */
    public static Trends trends(Connection c, LocalDate week, Long playlistId, int topMovers) throws SQLException {
        Table entries = WeekTables.entries(c, week);
        if (playlistId != null) {
            entries = entries.where(entries.longColumn("playlist_id").isEqualTo(playlistId));
        }
        Table thisWeek = entries.where(entries.dateColumn("entry_week").isEqualTo(week));
        Table snapshots = WeekTables.snapshots(c, week);
        if (playlistId != null) {
            snapshots = snapshots.where(snapshots.longColumn("track_id")
                    .isIn(thisWeek.longColumn("entry_track_id").asLongArray()));
        }
        Table ranked = movers(snapshots, WeekTables.previousSnapshots(c, week));
        int stale = snapshots.where(snapshots.booleanColumn("streams_stale").isTrue()
                .and(snapshots.booleanColumn("views_stale").isTrue())).rowCount();
        Changes changes = changes(entries, thisWeek, week);
        return new Trends(week, playlistId, moverRecords(ranked.first(topMovers)), stale,
                newThisWeek(WeekTables.appearances(c, week), thisWeek, snapshots, week), changes.changes(),
                changes.counts());
    }

    /** One track's chart series, oldest week first. */
    public static List<SeriesPoint> series(Connection c, long trackId) throws SQLException {
        Table t = WeekTables.series(c, trackId).sortAscendingOn("week");
        List<SeriesPoint> points = new ArrayList<>(t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            points.add(new SeriesPoint(t.dateColumn("week").get(r), longOrNull(t, "streams", r),
                    longOrNull(t, "views", r), longOrNull(t, "wow_streams", r), doubleOrNull(t, "wow_streams_pct", r),
                    longOrNull(t, "wow_views", r), doubleOrNull(t, "wow_views_pct", r), bool(t, "gap", r),
                    intOrNull(t, "gap_weeks", r), bool(t, "streams_stale", r), bool(t, "views_stale", r)));
        }
        return points;
    }

    /**
     * The snapshots with a usable change (not stale, known), joined to their previous values and ranked by the
     * streams' change, then the views', then track number. A stale value gets no rank key: it is never a mover.
     */
    static Table movers(Table snapshots, Table previous) {
        Selection streamsUsable = snapshots.booleanColumn("streams_stale").isFalse()
                .and(snapshots.doubleColumn("wow_streams_pct").isNotMissing());
        Selection viewsUsable = snapshots.booleanColumn("views_stale").isFalse()
                .and(snapshots.doubleColumn("wow_views_pct").isNotMissing());
        Table usable = snapshots.where(streamsUsable.or(viewsUsable));
        usable.addColumns(rankKey(usable, "wow_streams_pct", "streams_stale", "streams_key"),
                rankKey(usable, "wow_views_pct", "views_stale", "views_key"));
        Table joined = usable.joinOn("track_id").leftOuter(previous, "prev_track_id");
        return joined.sortOn("-streams_key", "-views_key", "track_id");
    }

    private static DoubleColumn rankKey(Table t, String pct, String stale, String name) {
        DoubleColumn key = t.doubleColumn(pct).copy().setName(name);
        key.set(key.isMissing().or(t.booleanColumn(stale).isTrue()), Double.NEGATIVE_INFINITY);
        return key;
    }

    private static List<Mover> moverRecords(Table t) {
        List<Mover> movers = new ArrayList<>(t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            boolean streamsStale = bool(t, "streams_stale", r);
            boolean viewsStale = bool(t, "views_stale", r);
            movers.add(new Mover(t.longColumn("track_id").get(r), t.stringColumn("title").get(r),
                    t.stringColumn("artists").get(r), longOrNull(t, "previous_streams", r), longOrNull(t, "streams", r),
                    streamsStale ? null : longOrNull(t, "wow_streams", r),
                    streamsStale ? null : doubleOrNull(t, "wow_streams_pct", r), streamsStale,
                    longOrNull(t, "previous_views", r), longOrNull(t, "views", r),
                    viewsStale ? null : longOrNull(t, "wow_views", r),
                    viewsStale ? null : doubleOrNull(t, "wow_views_pct", r), viewsStale,
                    bool(t, "gap", r), intOrNull(t, "gap_weeks", r)));
        }
        return movers;
    }

    /**
     * Tracks on a playlist this week whose earliest playlist week is this one (Tablesaw: earliest date by track),
     * with the names of their playlists that week and their streams.
     */
    static List<NewTrack> newThisWeek(Table appearances, Table thisWeek, Table snapshots, LocalDate week) {
        Table first = appearances.summarize("appearance_week", earliestDate).by("first_track_id");
        Table fresh = first.where(first.dateColumn(1).isEqualTo(week));
        Table rows = thisWeek.where(thisWeek.longColumn("entry_track_id")
                .isIn(fresh.longColumn("first_track_id").asLongArray()));
        Map<Long, String> playlists = new TreeMap<>();
        rows.sortOn("playlist", "playlist_id").stream().forEach(row -> playlists.merge(row.getLong("entry_track_id"),
                row.getString("playlist"), (a, b) -> a + ", " + b));
        Table tracks = rows.selectColumns("entry_track_id", "entry_title", "entry_artists").dropDuplicateRows();
        Table streams = snapshots.selectColumns("track_id", "streams");
        Table joined = tracks.joinOn("entry_track_id").leftOuter(streams, "track_id")
                .sortOn("entry_title", "entry_track_id");
        List<NewTrack> out = new ArrayList<>(joined.rowCount());
        for (int r = 0; r < joined.rowCount(); r++) {
            long id = joined.longColumn("entry_track_id").get(r);
            out.add(new NewTrack(id, joined.stringColumn("entry_title").get(r),
                    joined.stringColumn("entry_artists").get(r), playlists.get(id), longOrNull(joined, "streams", r)));
        }
        return out;
    }

    /**
     * Per playlist: the tracks on it this week and not in its previous week (adds), and the reverse (drops), with
     * their counts per playlist. A playlist first fetched this week has no previous week and so neither.
     */
    static Changes changes(Table entries, Table thisWeek, LocalDate week) {
        Table previous = entries.where(entries.dateColumn("entry_week").isBefore(week));
        StringColumn nowKeys = keys(thisWeek);
        StringColumn previousKeys = keys(previous);
        Table compared = thisWeek.where(thisWeek.longColumn("playlist_id")
                .isIn(previous.longColumn("playlist_id").unique().asLongArray()));
        Table added = compared.where(keys(compared).isNotIn(previousKeys.asSet()));
        Table dropped = previous.where(previousKeys.isNotIn(nowKeys.asSet()));
        Table playlists = previous.selectColumns("playlist_id", "playlist", "entry_week").dropDuplicateRows();
        Table counts = playlists.joinOn("playlist_id").leftOuter(count(added, "adds"), "adds_playlist_id")
                .joinOn("playlist_id").leftOuter(count(dropped, "drops"), "drops_playlist_id")
                .sortOn("playlist", "playlist_id");
        Map<Long, LocalDate> previousWeek = new java.util.HashMap<>();
        List<PlaylistChangeCount> countRecords = new ArrayList<>(counts.rowCount());
        for (int r = 0; r < counts.rowCount(); r++) {
            long playlist = counts.longColumn("playlist_id").get(r);
            LocalDate before = counts.dateColumn("entry_week").get(r);
            previousWeek.put(playlist, before);
            countRecords.add(new PlaylistChangeCount(playlist, counts.stringColumn("playlist").get(r), before,
                    countOrZero(counts, "adds", r), countOrZero(counts, "drops", r)));
        }
        Table ordered = added.addColumns(StringColumn.create("kind", added.rowCount()).set(
                        added.longColumn("playlist_id").isNotMissing(), "ADDED"))
                .append(dropped.addColumns(StringColumn.create("kind", dropped.rowCount()).set(
                        dropped.longColumn("playlist_id").isNotMissing(), "DROPPED")))
                .sortOn("playlist", "playlist_id", "kind", "entry_title", "entry_track_id");
        List<PlaylistChange> changes = new ArrayList<>(ordered.rowCount());
        for (int r = 0; r < ordered.rowCount(); r++) {
            long playlist = ordered.longColumn("playlist_id").get(r);
            changes.add(new PlaylistChange(playlist, ordered.stringColumn("playlist").get(r),
                    previousWeek.get(playlist), PlaylistChange.Kind.valueOf(ordered.stringColumn("kind").get(r)),
                    ordered.longColumn("entry_track_id").get(r), ordered.stringColumn("entry_title").get(r),
                    ordered.stringColumn("entry_artists").get(r)));
        }
        return new Changes(changes, countRecords);
    }

    /** The adds or drops of each playlist, summarised by Tablesaw: {@code <name>_playlist_id}, {@code <name>}. */
    private static Table count(Table changes, String name) {
        Table counted = changes.summarize("entry_track_id", count).by("playlist_id");
        counted.column(0).setName(name + "_playlist_id");
        counted.column(1).setName(name);
        return counted;
    }

    private static int countOrZero(Table t, String column, int row) {
        tech.tablesaw.api.NumericColumn<?> counts = t.numberColumn(column);
        return counts.isMissing(row) ? 0 : (int) counts.getDouble(row);
    }

    /** The adds and drops of a week, and their counts per playlist. */
    record Changes(List<PlaylistChange> changes, List<PlaylistChangeCount> counts) {
    }

    private static StringColumn keys(Table t) {
        LongColumn playlist = t.longColumn("playlist_id");
        LongColumn track = t.longColumn("entry_track_id");
        return playlist.asStringColumn().join(":", track.asStringColumn()).setName("entry_key");
    }

}
