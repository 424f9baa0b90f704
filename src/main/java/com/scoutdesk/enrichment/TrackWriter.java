package com.scoutdesk.enrichment;

import com.scoutdesk.enrichment.fields.TrackField;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Writes what a batch's stages found onto its tracks, with each value's provenance, and never over a value the
 * scout set by hand (a manual-override provenance). The values go through a {@link TrackColumnWriter}, inside the
 * batch's transaction: loading, dirty-checking and updating 200 whole track entities was the largest part of the
 * pipeline's own time.
 */
final class TrackWriter {

    private final Set<Long> existing;
    private final ProvenanceBatch provenance;
    private final TrackColumnWriter columns = new TrackColumnWriter();

    /**
     * @param existing   the batch's tracks that still exist (one deleted while its run was in flight gets nothing)
     * @param provenance the batch's provenance, from {@link ProvenanceBatch#load}; the rows this writes are added
     *                   to it and reach the database with {@link ProvenanceBatch#write}
     */
    TrackWriter(Set<Long> existing, ProvenanceBatch provenance) {
        this.existing = existing;
        this.provenance = provenance;
    }

    /**
     * Takes a stage's values for a track; they reach the database with {@link #write}.
     *
     * @return the fields written (manual overrides and unknown tracks are left alone)
     */
    int apply(long trackId, EnrichmentStage stage, TrackUpdate update, Instant now) {
        update.values().keySet().forEach(field -> requireFoundByATier(stage, field));
        update.notAvailable().forEach(field -> requireFoundByATier(stage, field));
        if (!existing.contains(trackId)) {
            return 0;
        }
        int tier = stage.tier().number();
        int written = 0;
        for (var entry : update.values().entrySet()) {
            TrackField<?> field = entry.getKey();
            ProvenanceBatch.Known known = provenance.get(trackId, field.name());
            if (known != null && known.manualOverride()) {
                continue;
            }
            columns.found(trackId, field, entry.getValue());
            provenance.found(trackId, field.name(), update.source(), tier, now);
            written++;
        }
        for (TrackField<?> field : update.notAvailable()) {
            // The value is left as it is: a value some source gave earlier (or the scout typed) is still the best
            // there is, so only a field without one (or one already marked) is marked "not available".
            ProvenanceBatch.Known known = provenance.get(trackId, field.name());
            if (known == null || known.notAvailable() && !known.manualOverride()) {
                provenance.notAvailable(trackId, field.name(), update.source(), tier, now);
            }
        }
        return written;
    }

    /** A stage finds values; the columns the fetch, the scout or the score keep are not its to write. */
    private static void requireFoundByATier(EnrichmentStage stage, TrackField<?> field) {
        if (field.tier() == null) {
            throw new IllegalArgumentException("Stage " + stage.id() + " returned field '" + field.name()
                    + "', which no tier finds");
        }
    }

    /** The fields this batch is about to write to a track, with their values (none: an empty map). */
    Map<TrackField<?>, Object> pending(long trackId) {
        return columns.pending(trackId);
    }

    /**
     * Adds values that are not found by a stage (the track's new score) to the track's update, so the row is
     * rewritten once; they do not move {@code updated_at}.
     */
    void also(long trackId, Map<TrackField<?>, Object> computed) {
        if (existing.contains(trackId)) {
            columns.computed(trackId, computed);
        }
    }

    /** Writes the collected values, and {@code updated_at = now} on every track that got a found one. */
    void write(Connection c, Instant now) throws SQLException {
        columns.write(c, now);
    }
}
