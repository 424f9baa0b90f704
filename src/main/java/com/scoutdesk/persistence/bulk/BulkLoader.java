package com.scoutdesk.persistence.bulk;

import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.TrackDerivedColumns;
import com.scoutdesk.persistence.JdbcValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;

/**
 * Writes a {@link BulkWorkspace} with JDBC batches in ONE transaction: a crash or kill part-way leaves the
 * workspace exactly as it was before. Used for the sample workspace and the benchmark's synthetic one.
 */
public final class BulkLoader {

    private static final int BATCH = 1000;

    private final Database db;

    public BulkLoader(Database db) {
        this.db = db;
    }

    public void load(BulkWorkspace data) {
        db.writeVoid(em -> {
            em.unwrap(Session.class).doWork(c -> write(c, db.dialect(), data));
            TrackDerivedColumns.refreshAll(em);
        });
    }

    private static void write(Connection c, Dialect dialect, BulkWorkspace d) throws SQLException {
        Instant now = Instant.now();
        long[] playlists = insertPlaylists(c, dialect, d.playlists(), d.sample());
        long[] tracks = insertTracks(c, dialect, d.tracks(), d.sample(), now);
        long[] people = insertPeople(c, dialect, d.people(), d.sample());
        long[] tags = insertTags(c, dialect, d.tags());
        IdBlocks ids = new IdBlocks(c, dialect, "credit_seq");
        batch(c, "insert into credit (id, track_id, person_id, role, source, fetched_at) values (?,?,?,?,?,?)",
                d.credits(), (p, x) -> {
                    p.setLong(1, ids.next());
                    p.setLong(2, tracks[x.track()]);
                    p.setLong(3, people[x.person()]);
                    p.setString(4, x.role().name());
                    p.setString(5, x.source());
                    p.setTimestamp(6, ts(x.fetchedAt()));
                });
        batch(c, "insert into track_tag (track_id, tag_id) values (?,?)", d.trackTags(), (p, x) -> {
            p.setLong(1, tracks[x.track()]);
            p.setLong(2, tags[x.tag()]);
        });
        IdBlocks entryIds = new IdBlocks(c, dialect, "playlist_entry_seq");
        batch(c, "insert into playlist_entry (id, week_start, playlist_id, track_id, position, added_at, "
                + "first_seen_at, last_seen_at) values (?,?,?,?,?,?,?,?)", d.entries(), (p, x) -> {
                    p.setLong(1, entryIds.next());
                    p.setObject(2, x.weekStart());
                    p.setLong(3, playlists[x.playlist()]);
                    p.setLong(4, tracks[x.track()]);
                    p.setInt(5, x.position());
                    p.setTimestamp(6, ts(x.addedAt()));
                    p.setTimestamp(7, ts(x.firstSeenAt()));
                    p.setTimestamp(8, ts(x.lastSeenAt()));
                });
        IdBlocks snapIds = new IdBlocks(c, dialect, "performance_snapshot_seq");
        batch(c, "insert into performance_snapshot (id, track_id, week_start, streams, youtube_views, wow_streams, "
                + "wow_streams_pct, gap, captured_at) values (?,?,?,?,?,?,?,?,?)", d.snapshots(), (p, x) -> {
                    p.setLong(1, snapIds.next());
                    p.setLong(2, tracks[x.track()]);
                    p.setObject(3, x.weekStart());
                    JdbcValues.setLong(p, 4, x.streams());
                    p.setNull(5, Types.BIGINT);
                    JdbcValues.setLong(p, 6, x.wowStreams());
                    JdbcValues.setDouble(p, 7, x.wowStreamsPct());
                    p.setBoolean(8, x.gap());
                    p.setTimestamp(9, ts(x.capturedAt()));
                });
        IdBlocks contactIds = new IdBlocks(c, dialect, "contact_seq");
        batch(c, "insert into contact (id, person_id, display_name, email, instagram_url, notes, stage, total_streams, "
                + "created_at, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,0)", d.contacts(), (p, x) -> {
                    p.setLong(1, contactIds.next());
                    JdbcValues.setLong(p, 2, x.person() < 0 ? null : people[x.person()]);
                    p.setString(3, x.displayName());
                    p.setString(4, x.email());
                    p.setString(5, x.instagramUrl());
                    p.setString(6, x.notes());
                    p.setString(7, x.stage().name());
                    JdbcValues.setLong(p, 8, x.totalStreams());
                    p.setTimestamp(9, ts(x.createdAt()));
                    p.setTimestamp(10, ts(x.createdAt()));
                });
        IdBlocks eventIds = new IdBlocks(c, dialect, "activity_event_seq");
        batch(c, "insert into activity_event (id, occurred_at, actor, kind, playlist_id, tier, outcome, message) "
                + "values (?,?,?,?,?,?,?,?)", d.activity(), (p, x) -> {
                    p.setLong(1, eventIds.next());
                    p.setTimestamp(2, ts(x.occurredAt()));
                    p.setString(3, x.actor());
                    p.setString(4, x.kind());
                    JdbcValues.setLong(p, 5, x.playlist() < 0 ? null : playlists[x.playlist()]);
                    if (x.tier() == null) {
                        p.setNull(6, Types.INTEGER);
                    } else {
                        p.setInt(6, x.tier());
                    }
                    p.setString(7, x.outcome());
                    p.setString(8, x.message());
                });
    }

    private static long[] insertPlaylists(Connection c, Dialect dialect, List<BulkWorkspace.PlaylistData> rows,
                                          boolean sample) throws SQLException {
        IdBlocks ids = new IdBlocks(c, dialect, "playlist_seq", 1);
        long[] out = new long[rows.size()];
        int[] i = {0};
        batch(c, "insert into playlist (id, spotify_id, name, owner_name, followers, total_tracks, description, "
                + "editorial, fetch_method, status, last_checked_at, last_good_fetch_at, auto_fetch, auto_enrich, "
                + "sample, created_at, version) values (?,?,?,?,?,?,?,?,'SAMPLE','ACTIVE',?,?,true,true,?,?,0)",
                rows, (p, x) -> {
                    long id = ids.next();
                    out[i[0]++] = id;
                    p.setLong(1, id);
                    p.setString(2, x.spotifyId());
                    p.setString(3, x.name());
                    p.setString(4, x.ownerName());
                    p.setLong(5, x.followers());
                    p.setInt(6, x.totalTracks());
                    p.setString(7, x.description());
                    p.setBoolean(8, x.editorial());
                    p.setTimestamp(9, ts(x.lastGoodFetchAt()));
                    p.setTimestamp(10, ts(x.lastGoodFetchAt()));
                    p.setBoolean(11, sample);
                    p.setTimestamp(12, ts(x.createdAt()));
                });
        return out;
    }

    private static long[] insertTracks(Connection c, Dialect dialect, List<BulkWorkspace.TrackData> rows,
                                       boolean sample, Instant now) throws SQLException {
        IdBlocks ids = new IdBlocks(c, dialect, "track_seq");
        long[] out = new long[rows.size()];
        int[] i = {0};
        batch(c, "insert into track (id, spotify_id, name, artist_names, album_name, isrc, duration_ms, "
                + "explicit_content, release_date, label, spotify_streams, publisher_status, publisher_name, "
                + "unsigned_score, lead_stage, sample, first_seen_at, updated_at, search_text, version) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)", rows, (p, x) -> {
                    long id = ids.next();
                    out[i[0]++] = id;
                    p.setLong(1, id);
                    p.setString(2, x.spotifyId());
                    p.setString(3, x.name());
                    p.setString(4, x.artistNames());
                    p.setString(5, x.albumName());
                    p.setString(6, x.isrc());
                    p.setInt(7, x.durationMs());
                    p.setBoolean(8, x.explicit());
                    p.setString(9, x.releaseDate());
                    p.setString(10, x.label());
                    JdbcValues.setLong(p, 11, x.spotifyStreams());
                    p.setString(12, x.publisherStatus().name());
                    p.setString(13, x.publisherName());
                    JdbcValues.setDouble(p, 14, x.score());
                    p.setString(15, x.stage().name());
                    p.setBoolean(16, sample);
                    p.setTimestamp(17, ts(x.firstSeenAt()));
                    p.setTimestamp(18, ts(now));
                    p.setString(19, Track.searchTextOf(x.name(), x.artistNames()));
                });
        return out;
    }

    private static long[] insertPeople(Connection c, Dialect dialect, List<BulkWorkspace.PersonData> rows,
                                       boolean sample) throws SQLException {
        IdBlocks ids = new IdBlocks(c, dialect, "person_seq");
        long[] out = new long[rows.size()];
        int[] i = {0};
        batch(c, "insert into person (id, name, spotify_artist_id, instagram_url, sample, version) "
                + "values (?,?,?,?,?,0)", rows, (p, x) -> {
                    long id = ids.next();
                    out[i[0]++] = id;
                    p.setLong(1, id);
                    p.setString(2, x.name());
                    p.setString(3, x.spotifyArtistId());
                    p.setString(4, x.instagramUrl());
                    p.setBoolean(5, sample);
                });
        return out;
    }

    private static long[] insertTags(Connection c, Dialect dialect, List<String> names) throws SQLException {
        IdBlocks ids = new IdBlocks(c, dialect, "tag_seq");
        long[] out = new long[names.size()];
        int[] i = {0};
        batch(c, "insert into tag (id, name) values (?,?)", names, (p, x) -> {
            long id = ids.next();
            out[i[0]++] = id;
            p.setLong(1, id);
            p.setString(2, x);
        });
        return out;
    }

    /** Binds one row's parameters. */
    private interface Binder<T> {
        void bind(PreparedStatement p, T row) throws SQLException;
    }

    private static <T> void batch(Connection c, String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(p, row);
                p.addBatch();
                if (++pending == BATCH) {
                    p.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                p.executeBatch();
            }
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
