package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.persistence.bulk.IdList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the {@link TrackFacts} of a batch of tracks: their columns in one query and when tier 1 last asked Spotify
 * about them in another (a grouped read of their provenance, which the database answers from the primary key).
 * Plain JDBC: through Hibernate, a query with a list of ids cost about 5 ms a batch, nearly all of it translation.
 */
final class TrackFactsReader {

    private TrackFactsReader() {
    }

    /** The facts of the tracks that exist; a deleted track is left out. */
    static Map<Long, TrackFacts> read(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, TrackFacts> facts = new HashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        Map<Long, Instant> metadataAt = metadataAt(c, ids);
        try (PreparedStatement p = c.prepareStatement("select id, spotify_id, name, artist_names, isrc, duration_ms, "
                + "label, popularity, spotify_streams, release_date, image_url from track where id in ("
                + IdList.placeholders(ids.size()) + ")")) {
            IdList.bind(p, 1, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    facts.put(id, new TrackFacts(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(6, Integer.class), rs.getString(7),
                            rs.getObject(8, Integer.class), rs.getObject(9, Long.class), rs.getString(10),
                            rs.getString(11), metadataAt.get(id)));
                }
            }
        }
        return facts;
    }

    /** The newest tier-1 provenance row of each track, value or "not available". */
    private static Map<Long, Instant> metadataAt(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, Instant> at = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("select track_id, max(fetched_at) from field_provenance "
                + "where track_id in (" + IdList.placeholders(ids.size()) + ") and tier = ? group by track_id")) {
            int next = IdList.bind(p, 1, ids);
            p.setInt(next, EnrichmentTier.SPOTIFY_METADATA.number());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    at.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        return at;
    }
}
