package com.scoutdesk.tracking;

import com.scoutdesk.model.id.SpotifyRef;
import com.scoutdesk.persistence.bulk.IdBlocks;
import com.scoutdesk.persistence.JdbcValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.hibernate.dialect.Dialect;

/**
 * Writes the rows of a checked manual import as they stream past, in JDBC batches on the import transaction's
 * connection: tracks through {@link ImportedTracks}, then each playlist's entries for the week. Per playlist it keeps
 * only track ids (the set the file holds, the previous complete fetch's set and the week's entries), never rows.
 */
final class ImportWriter implements AutoCloseable {

    /** What the file held for one playlist, once written. */
    record Written(long rows, Set<Long> current, Set<Long> previous, int newTracks) {
    }

    private static final class PlaylistState {
        final long playlistId;
        final Set<Long> current = new HashSet<>();
        final Map<Long, Long> existing = new HashMap<>();
        Set<Long> previous;
        long rows;
        int newTracks;

        PlaylistState(long playlistId) {
            this.playlistId = playlistId;
        }
    }

    private final Connection c;
    private final LocalDate week;
    private final OffsetDateTime now;
    private final long total;
    private final LongConsumer progress;
    private final ImportedTracks tracks;
    private final IdBlocks entryIds;
    private final PreparedStatement insertEntry;
    private final PreparedStatement updateEntry;
    private final Map<SpotifyRef, PlaylistState> playlists = new LinkedHashMap<>();
    private final List<ManualImport.Row> pending = new ArrayList<>(ImportedTracks.BATCH);
    private long written;

    /**
     * @param playlistIds the stored id of every playlist the file names
     * @param progress    told the rows written so far
     */
    ImportWriter(Connection c, Dialect dialect, Map<SpotifyRef, Long> playlistIds, LocalDate week,
                 OffsetDateTime now, long total, LongConsumer progress) throws SQLException {
        this.c = c;
        this.week = week;
        this.now = now;
        this.total = total;
        this.progress = progress;
        this.tracks = new ImportedTracks(c, dialect, now);
        this.entryIds = new IdBlocks(c, dialect, "playlist_entry_seq");
        this.insertEntry = c.prepareStatement("insert into playlist_entry (id, week_start, playlist_id, track_id, "
                + "position, added_at, first_seen_at, last_seen_at) values (?,?,?,?,?,?,?,?)");
        this.updateEntry = c.prepareStatement("update playlist_entry set position = ?, added_at = ?, "
                + "last_seen_at = ? where id = ?");
        for (var e : playlistIds.entrySet()) {
            PlaylistState state = new PlaylistState(e.getValue());
            state.previous = previousCompleteSet(state.playlistId);
            loadEntries(state);
            playlists.put(e.getKey(), state);
        }
    }

    void add(ManualImport.Row row) throws SQLException {
        pending.add(row);
        if (pending.size() == ImportedTracks.BATCH) {
            flush();
        }
    }

    /** Writes what is pending and, for a complete import, removes the week's entries the file no longer holds. */
    Map<SpotifyRef, Written> finish(boolean complete) throws SQLException {
        flush();
        if (complete) {
            try (PreparedStatement delete = c.prepareStatement("delete from playlist_entry where id = ?")) {
                for (PlaylistState state : playlists.values()) {
                    for (var e : state.existing.entrySet()) {
                        if (!state.current.contains(e.getKey())) {
                            delete.setLong(1, e.getValue());
                            delete.addBatch();
                        }
                    }
                }
                delete.executeBatch();
            }
        }
        Map<SpotifyRef, Written> out = new LinkedHashMap<>();
        playlists.forEach((ref, s) -> out.put(ref, new Written(s.rows, s.current, s.previous, s.newTracks)));
        return out;
    }

    private void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Long> ids = tracks.resolve(pending);
        for (ManualImport.Row row : pending) {
            PlaylistState state = playlists.get(row.playlist());
            state.rows++;
            long track = ids.get(row.trackId());
            if (tracks.createdInBatch().remove(row.trackId())) {
                state.newTracks++;
            }
            if (!state.current.add(track)) {
                continue; // the same track twice in one playlist: its first position counts
            }
            int position = row.position() != null ? row.position() : (int) state.rows;
            Long entry = state.existing.get(track);
            if (entry == null) {
                insertEntry.setLong(1, entryIds.next());
                insertEntry.setObject(2, week);
                insertEntry.setLong(3, state.playlistId);
                insertEntry.setLong(4, track);
                insertEntry.setInt(5, position);
                insertEntry.setObject(6, JdbcValues.timestamp(row.addedAt()));
                insertEntry.setObject(7, now);
                insertEntry.setObject(8, now);
                insertEntry.addBatch();
            } else {
                updateEntry.setInt(1, position);
                updateEntry.setObject(2, JdbcValues.timestamp(row.addedAt()));
                updateEntry.setObject(3, now);
                updateEntry.setLong(4, entry);
                updateEntry.addBatch();
            }
        }
        insertEntry.executeBatch();
        updateEntry.executeBatch();
        long before = written;
        written += pending.size();
        pending.clear();
        if (written / PlaylistImporter.PROGRESS_EVERY > before / PlaylistImporter.PROGRESS_EVERY
                || written == total) {
            progress.accept(written);
        }
    }

    /** The tracks of the playlist's latest complete fetch, the baseline for adds and drops; null if none. */
    private Set<Long> previousCompleteSet(long playlistId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select id from playlist_fetch where playlist_id = ? and "
                + "outcome = 'COMPLETE' order by started_at desc, id desc fetch first 1 rows only")) {
            p.setLong(1, playlistId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return trackIds("select track_id from playlist_fetch_track where fetch_id = ?", rs.getLong(1));
            }
        }
    }

    private Set<Long> trackIds(String sql, long id) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private void loadEntries(PlaylistState state) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select track_id, id from playlist_entry where playlist_id = ? "
                + "and week_start = ?")) {
            p.setLong(1, state.playlistId);
            p.setObject(2, week);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    state.existing.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
    }

    /** Stores the exact set of tracks a complete import saw, the baseline of the next fetch. */
    static void insertTrackSet(Connection c, long fetchId, Set<Long> trackIds) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into playlist_fetch_track (fetch_id, track_id) "
                + "values (?,?)")) {
            int n = 0;
            for (long id : trackIds) {
                p.setLong(1, fetchId);
                p.setLong(2, id);
                p.addBatch();
                if (++n % ImportedTracks.BATCH == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        tracks.close();
        insertEntry.close();
        updateEntry.close();
    }
}
