package com.scoutdesk.service;

import com.scoutdesk.enrichment.TrackColumnWriter;
import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.JdbcValues;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Writes a scout's own value of a track field with a manual-override provenance row, which the enrichment
 * pipeline's writer and the playlist fetch leave alone, and the track's new score with it in one transaction.
 * The value goes through the one writer of track columns ({@link TrackColumnWriter}), as enrichment's do.
 */
final class FieldOverrideWriter {

    private final Database db;
    private final ScoreService scores;
    private final Clock clock;
    private final Supplier<Set<EnrichmentTier>> configuredTiers;

    FieldOverrideWriter(Database db, ScoreService scores, Clock clock, Supplier<Set<EnrichmentTier>> configuredTiers) {
        this.db = db;
        this.scores = scores;
        this.clock = clock;
        this.configuredTiers = configuredTiers;
    }

    /** Stores the value as the scout's, and the score it makes; returns the track's details after it. */
    TrackDetails override(long trackId, String fieldName, Object value) {
        TrackField<?> field = FieldInput.field(fieldName);
        Object typed = FieldInput.value(field, value);
        return db.write(em -> {
            TrackLeadWriter.requireExists(em, trackId);
            Instant now = clock.instant();
            Map<TrackField<?>, Object> pending = Map.of(field, typed);
            TrackColumnWriter columns = new TrackColumnWriter();
            columns.found(trackId, field, typed);
            columns.computed(trackId, scores.scoreColumns(em, Map.of(trackId, pending))
                    .getOrDefault(trackId, Map.of()));
            em.unwrap(Session.class).doWork(c -> {
                replaceProvenance(c, trackId, field.name(), now);
                columns.write(c, now);
            });
            return TrackDetailsReader.read(em, trackId, configuredTiers.get());
        });
    }

    /**
     * Lets enrichment write the field again: its manual-override row goes, and the value stays until a source
     * gives another. Clearing a field the scout never set does nothing.
     */
    TrackDetails clear(long trackId, String fieldName) {
        TrackField<?> field = FieldInput.field(fieldName);
        return db.write(em -> {
            TrackLeadWriter.requireExists(em, trackId);
            em.unwrap(Session.class).doWork(c -> {
                try (PreparedStatement p = c.prepareStatement("delete from field_provenance where track_id = ? "
                        + "and field = ? and manual_override = true")) {
                    p.setLong(1, trackId);
                    p.setString(2, field.name());
                    p.executeUpdate();
                }
            });
            return TrackDetailsReader.read(em, trackId, configuredTiers.get());
        });
    }

    /** The field's provenance becomes the scout's edit, whatever source it named before. */
    private static void replaceProvenance(Connection c, long trackId, String field, Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("delete from field_provenance where track_id = ? "
                + "and field = ?")) {
            p.setLong(1, trackId);
            p.setString(2, field);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("insert into field_provenance (track_id, field, source, tier, "
                + "fetched_at, manual_override, not_available) values (?, ?, ?, null, ?, true, false)")) {
            p.setLong(1, trackId);
            p.setString(2, field);
            p.setString(3, FieldSource.MANUAL);
            p.setObject(4, JdbcValues.timestamp(now));
            p.executeUpdate();
        }
    }
}
