package com.scoutdesk.enrichment;

import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.enrichment.fields.TrackFields;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.persistence.bulk.IdList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the {@link TrackFacts} of a batch of tracks: the columns of every field a tier finds in one query, and when
 * each tier last asked its source about them in another (a grouped read of their provenance, which the database
 * answers from the primary key). Plain JDBC: through Hibernate, a query with a list of ids cost about 5 ms a batch,
 * nearly all of it translation.
 */
final class TrackFactsReader {

    private static final List<TrackField<?>> FIELDS = TrackFields.foundByTiers();
    private static final String COLUMNS = FIELDS.stream().map(TrackField::column).collect(Collectors.joining(", "));

    private TrackFactsReader() {
    }

    /** The facts of the tracks that exist; a deleted track is left out. */
    static Map<Long, TrackFacts> read(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, TrackFacts> facts = new HashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        Map<Long, Map<EnrichmentTier, Instant>> askedAt = askedAt(c, ids);
        try (PreparedStatement p = c.prepareStatement("select id, spotify_id, name, artist_names, " + COLUMNS
                + " from track where id in (" + IdList.placeholders(ids.size()) + ")")) {
            IdList.bind(p, 1, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Map<TrackField<?>, Object> values = new HashMap<>();
                    for (int i = 0; i < FIELDS.size(); i++) {
                        Object value = FIELDS.get(i).read(rs, i + 5);
                        if (value != null) {
                            values.put(FIELDS.get(i), value);
                        }
                    }
                    facts.put(id, new TrackFacts(id, rs.getString(2), rs.getString(3), rs.getString(4), values,
                            askedAt.getOrDefault(id, Map.of())));
                }
            }
        }
        return facts;
    }

    /** Per track and tier, its newest provenance row, value or "not available". */
    private static Map<Long, Map<EnrichmentTier, Instant>> askedAt(Connection c, Collection<Long> ids)
            throws SQLException {
        Map<Integer, EnrichmentTier> tiers = new HashMap<>();
        Arrays.stream(EnrichmentTier.values()).forEach(t -> tiers.put(t.number(), t));
        Map<Long, Map<EnrichmentTier, Instant>> at = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("select track_id, tier, max(fetched_at) from field_provenance "
                + "where track_id in (" + IdList.placeholders(ids.size()) + ") and tier is not null "
                + "group by track_id, tier")) {
            IdList.bind(p, 1, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    EnrichmentTier tier = tiers.get(rs.getInt(2));
                    if (tier != null) {
                        at.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(EnrichmentTier.class))
                                .put(tier, rs.getObject(3, OffsetDateTime.class).toInstant());
                    }
                }
            }
        }
        return at;
    }
}
