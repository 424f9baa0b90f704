package com.scoutdesk.service.trends;

import static com.scoutdesk.service.trends.JdbcTables.params;
import static com.scoutdesk.service.trends.JdbcTables.read;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The rows of one week the trends are computed from, loaded into Tablesaw tables with plain SQL over the stored
 * columns (the week-over-week figures are the snapshot job's, never recomputed). Column names are unique across the
 * tables so they join without renaming.
 */
final class WeekTables {

    private static final String SNAPSHOT_COLUMNS = "s.track_id, t.name, t.artist_names, s.streams, s.youtube_views, "
            + "s.wow_streams, s.wow_streams_pct, s.wow_views, s.wow_views_pct, s.gap, s.gap_weeks, s.streams_stale, "
            + "s.views_stale";

    private WeekTables() {
    }

    /** The week's snapshots with the track's title: one row per track. */
    static Table snapshots(Connection c, LocalDate week) throws SQLException {
        return read(c, "select " + SNAPSHOT_COLUMNS + " from performance_snapshot s join track t on t.id = s.track_id "
                        + "where s.week_start = ?", params(week),
                LongColumn.create("track_id"), StringColumn.create("title"), StringColumn.create("artists"),
                LongColumn.create("streams"), LongColumn.create("views"), LongColumn.create("wow_streams"),
                DoubleColumn.create("wow_streams_pct"), LongColumn.create("wow_views"),
                DoubleColumn.create("wow_views_pct"), BooleanColumn.create("gap"), IntColumn.create("gap_weeks"),
                BooleanColumn.create("streams_stale"), BooleanColumn.create("views_stale"));
    }

    /** Each track's snapshot before {@code week} (its latest earlier one), for the tracks snapshotted that week. */
    static Table previousSnapshots(Connection c, LocalDate week) throws SQLException {
        return read(c, "select p.track_id, p.streams, p.youtube_views from performance_snapshot p "
                        + "where p.track_id in (select s.track_id from performance_snapshot s where s.week_start = ?) "
                        + "and p.week_start = (select max(q.week_start) from performance_snapshot q "
                        + "where q.track_id = p.track_id and q.week_start < ?)", params(week, week),
                LongColumn.create("prev_track_id"), LongColumn.create("previous_streams"),
                LongColumn.create("previous_views"));
    }

    /**
     * The playlist entries of {@code week} and of each of those playlists' previous fetched week (its latest earlier
     * week with entries).
     */
    static Table entries(Connection c, LocalDate week) throws SQLException {
        String columns = "select e.week_start, e.playlist_id, p.name, e.track_id, t.name, t.artist_names "
                + "from playlist_entry e join playlist p on p.id = e.playlist_id join track t on t.id = e.track_id ";
        return read(c, columns + "where e.week_start = ? union all " + columns
                        + "where e.playlist_id in (select f.playlist_id from playlist_entry f where f.week_start = ?) "
                        + "and e.week_start = (select max(g.week_start) from playlist_entry g "
                        + "where g.playlist_id = e.playlist_id and g.week_start < ?)", params(week, week, week),
                DateColumn.create("entry_week"), LongColumn.create("playlist_id"), StringColumn.create("playlist"),
                LongColumn.create("entry_track_id"), StringColumn.create("entry_title"),
                StringColumn.create("entry_artists"));
    }

    /** Every playlist week, up to {@code week}, of the tracks on a playlist in {@code week}. */
    static Table appearances(Connection c, LocalDate week) throws SQLException {
        return read(c, "select e.track_id, e.week_start from playlist_entry e where e.week_start <= ? "
                        + "and e.track_id in (select f.track_id from playlist_entry f where f.week_start = ?)",
                params(week, week),
                LongColumn.create("first_track_id"), DateColumn.create("appearance_week"));
    }

    /** One track's snapshots, oldest first. */
    static Table series(Connection c, long trackId) throws SQLException {
        return read(c, "select s.week_start, s.streams, s.youtube_views, s.wow_streams, s.wow_streams_pct, "
                        + "s.wow_views, s.wow_views_pct, s.gap, s.gap_weeks, s.streams_stale, s.views_stale "
                        + "from performance_snapshot s where s.track_id = ?", params(trackId),
                DateColumn.create("week"), LongColumn.create("streams"), LongColumn.create("views"),
                LongColumn.create("wow_streams"), DoubleColumn.create("wow_streams_pct"),
                LongColumn.create("wow_views"), DoubleColumn.create("wow_views_pct"), BooleanColumn.create("gap"),
                IntColumn.create("gap_weeks"), BooleanColumn.create("streams_stale"),
                BooleanColumn.create("views_stale"));
    }
}
