package com.scoutdesk.tracking;

import com.scoutdesk.enrichment.NewTrackRuns;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.bulk.IdBlocks;
import com.scoutdesk.persistence.JdbcValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.dialect.Dialect;

/**
 * The import's {@link TrackCatalog}, in JDBC batches: finds the stored track for each imported row, creating what
 * is new (with a pending run for every enrichment tier) and filling what a stored track lacks, never overwriting a
 * value. Works on the import transaction's connection, one batch of rows at a time, so no track is held longer.
 */
final class ImportedTracks {

    /** Rows looked up at once; the statement always has this many parameters, so it is prepared once. */
    static final int BATCH = 1000;
    private static final String SOURCE = FetchMethod.MANUAL.sourceId();

    private final Connection c;
    private final IdBlocks trackIds;
    private final OffsetDateTime now;
    private final PreparedStatement find;
    private final PreparedStatement insertTrack;
    private final NewTrackRuns.Batch runs;
    private final PreparedStatement insertIsrcSource;
    private final PreparedStatement fillTrack;
    private final Set<String> createdInBatch = new HashSet<>();
    private int created;

    ImportedTracks(Connection c, Dialect dialect, OffsetDateTime now) throws SQLException {
        this.c = c;
        this.now = now;
        this.trackIds = new IdBlocks(c, dialect, "track_seq");
        this.find = c.prepareStatement("select id, spotify_id, artist_names, isrc, name, songwriter_names from track "
                + "where spotify_id in ("
                + String.join(",", Collections.nCopies(BATCH, "?")) + ")");
        this.insertTrack = c.prepareStatement("insert into track (id, spotify_id, name, artist_names, isrc, "
                + "publisher_status, lead_stage, sample, first_seen_at, updated_at, search_text, has_credits, "
                + "has_songwriter, version) values (?,?,?,?,?,?,?,false,?,?,?,false,false,0)");
        this.runs = new NewTrackRuns.Batch(c, dialect);
        this.insertIsrcSource = c.prepareStatement("insert into field_provenance (track_id, field, source, tier, "
                + "fetched_at, manual_override, not_available) values (?,'isrc',?,null,?,false,false)");
        this.fillTrack = c.prepareStatement("update track set artist_names = ?, isrc = ?, search_text = ?, "
                + "version = version + 1 where id = ?");
    }

    /** Stored track ids by Spotify id for these rows (at most {@link #BATCH}); creates the missing tracks. */
    Map<String, Long> resolve(List<ManualImport.Row> rows) throws SQLException {
        Map<String, ManualImport.Row> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.putIfAbsent(r.trackId(), r));
        Map<String, Long> ids = new HashMap<>();
        createdInBatch.clear();
        int i = 1;
        String any = rows.get(0).trackId();
        for (String id : byId.keySet()) {
            find.setString(i++, id);
        }
        while (i <= BATCH) {
            find.setString(i++, any);
        }
        try (ResultSet rs = find.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                ids.put(rs.getString(2), id);
                fillGaps(id, rs.getString(5), rs.getString(3), rs.getString(4), rs.getString(6),
                        byId.get(rs.getString(2)));
            }
        }
        for (ManualImport.Row row : byId.values()) {
            if (!ids.containsKey(row.trackId())) {
                ids.put(row.trackId(), create(row));
                createdInBatch.add(row.trackId());
            }
        }
        insertTrack.executeBatch();
        runs.execute();
        fillTrack.executeBatch();
        insertIsrcSource.executeBatch();
        return ids;
    }

    int createdCount() {
        return created;
    }

    /** The Spotify ids of the tracks the last {@link #resolve} created; the caller may remove them as it counts. */
    Set<String> createdInBatch() {
        return createdInBatch;
    }

    private long create(ManualImport.Row row) throws SQLException {
        long id = trackIds.next();
        String name = row.name() == null ? "(title not fetched yet)" : JdbcValues.cut(row.name(), 500);
        String artists = row.artists() == null ? "" : JdbcValues.cut(row.artists(), 1000);
        insertTrack.setLong(1, id);
        insertTrack.setString(2, row.trackId());
        insertTrack.setString(3, name);
        insertTrack.setString(4, artists);
        insertTrack.setString(5, row.isrc());
        insertTrack.setString(6, PublisherStatus.UNKNOWN.name());
        insertTrack.setString(7, LeadStage.NEW.name());
        insertTrack.setObject(8, now);
        insertTrack.setObject(9, now);
        insertTrack.setString(10, Track.searchTextOf(name, artists));
        insertTrack.addBatch();
        runs.add(id, now);
        if (row.isrc() != null) {
            insertIsrcSource.setLong(1, id);
            insertIsrcSource.setString(2, SOURCE);
            insertIsrcSource.setObject(3, now);
            insertIsrcSource.addBatch();
        }
        created++;
        return id;
    }

    /** Fills the artists and the ISRC a stored track lacks, as {@link TrackCatalog} does for a fetch. */
    private void fillGaps(long id, String name, String artists, String isrc, String songwriters, ManualImport.Row row)
            throws SQLException {
        boolean newArtists = (artists == null || artists.isBlank()) && row.artists() != null
                && !row.artists().isBlank();
        boolean newIsrc = isrc == null && row.isrc() != null;
        if (!newArtists && !newIsrc) {
            return;
        }
        String filledArtists = newArtists ? JdbcValues.cut(row.artists(), 1000) : artists;
        fillTrack.setString(1, filledArtists);
        fillTrack.setString(2, newIsrc ? row.isrc() : isrc);
        fillTrack.setString(3, Track.searchTextOf(name, filledArtists, songwriters));
        fillTrack.setLong(4, id);
        fillTrack.addBatch();
        if (newIsrc) {
            try (PreparedStatement p = c.prepareStatement("update field_provenance set source = ?, tier = null, "
                    + "fetched_at = ?, not_available = false where track_id = ? and field = 'isrc'")) {
                p.setString(1, SOURCE);
                p.setObject(2, now);
                p.setLong(3, id);
                if (p.executeUpdate() == 0) {
                    insertIsrcSource.setLong(1, id);
                    insertIsrcSource.setString(2, SOURCE);
                    insertIsrcSource.setObject(3, now);
                    insertIsrcSource.addBatch();
                }
            }
        }
    }

    void close() throws SQLException {
        for (PreparedStatement p : List.of(find, insertTrack, insertIsrcSource, fillTrack)) {
            p.close();
        }
        runs.close();
    }
}
