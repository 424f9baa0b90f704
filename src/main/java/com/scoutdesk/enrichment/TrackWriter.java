package com.scoutdesk.enrichment;

import com.scoutdesk.persistence.bulk.JdbcValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes what a batch's stages found onto its tracks, with each value's provenance, and never over a value the
 * scout set by hand (a manual-override provenance). Values are collected per track and written with one JDBC batch
 * per set of columns, inside the batch's transaction: loading, dirty-checking and updating 200 whole track entities
 * was the largest part of the pipeline's own time. Like Hibernate's own updates, each one bumps the track's
 * version, so an edit made from an older copy of the track fails instead of writing old values back.
 */
final class TrackWriter {

    /** The fields a stage may return, with their {@code track} columns. */
    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("isrc", "isrc"),
            Map.entry("label", "label"),
            Map.entry("album_name", "album_name"),
            Map.entry("release_date", "release_date"),
            Map.entry("duration_ms", "duration_ms"),
            Map.entry("explicit", "explicit_content"),
            Map.entry("popularity", "popularity"),
            Map.entry("spotify_streams", "spotify_streams"),
            // Tier 1, Spotify metadata (V4)
            Map.entry("image_url", "image_url"),
            Map.entry("p_line", "p_line"),
            Map.entry("artist_followers", "artist_followers"),
            Map.entry("artist_popularity", "artist_popularity"),
            Map.entry("artist_genres", "artist_genres"),
            Map.entry("danceability", "danceability"),
            Map.entry("energy", "energy"),
            Map.entry("valence", "valence"),
            Map.entry("tempo", "tempo"),
            Map.entry("acousticness", "acousticness"),
            Map.entry("instrumentalness", "instrumentalness"),
            Map.entry("speechiness", "speechiness"),
            Map.entry("liveness", "liveness"),
            Map.entry("loudness", "loudness"),
            Map.entry("musical_key", "musical_key"),
            Map.entry("musical_mode", "musical_mode"),
            Map.entry("time_signature", "time_signature"));

    private final Set<Long> existing;
    private final ProvenanceBatch provenance;
    /** Per track, the columns to set, in column order (so tracks with the same fields share one statement). */
    private final Map<Long, TreeMap<String, Object>> changes = new LinkedHashMap<>();
    /** The tracks that got a value (not only a score): their {@code updated_at} moves. */
    private final Set<Long> valued = new HashSet<>();

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
        for (String field : update.values().keySet()) {
            requireKnown(stage, field);
        }
        for (String field : update.notAvailable()) {
            requireKnown(stage, field);
        }
        if (!existing.contains(trackId)) {
            return 0;
        }
        int tier = stage.tier().number();
        int written = 0;
        for (var entry : update.values().entrySet()) {
            String field = entry.getKey();
            ProvenanceBatch.Known known = provenance.get(trackId, field);
            if (known != null && known.manualOverride()) {
                continue;
            }
            changes.computeIfAbsent(trackId, id -> new TreeMap<>()).put(COLUMNS.get(field), entry.getValue());
            valued.add(trackId);
            provenance.found(trackId, field, update.source(), tier, now);
            written++;
        }
        for (String field : update.notAvailable()) {
            // The value is left as it is: a value some source gave earlier (or the scout typed) is still the best
            // there is, so only a field without one (or one already marked) is marked "not available".
            ProvenanceBatch.Known known = provenance.get(trackId, field);
            if (known == null || known.notAvailable() && !known.manualOverride()) {
                provenance.notAvailable(trackId, field, update.source(), tier, now);
            }
        }
        return written;
    }

    private static void requireKnown(EnrichmentStage stage, String field) {
        if (!COLUMNS.containsKey(field)) {
            throw new IllegalArgumentException("Stage " + stage.id() + " returned an unknown field '" + field + "'");
        }
    }

    /** The columns this batch is about to write to a track, with their values (none: an empty map). */
    Map<String, Object> pending(long trackId) {
        Map<String, Object> columns = changes.get(trackId);
        return columns == null ? Map.of() : Collections.unmodifiableMap(columns);
    }

    /**
     * Adds columns that are not stage values (the track's new score) to the track's update, so the row is rewritten
     * once; they do not move {@code updated_at}.
     */
    void also(long trackId, Map<String, Object> columns) {
        if (existing.contains(trackId)) {
            changes.computeIfAbsent(trackId, id -> new TreeMap<>()).putAll(columns);
        }
    }

    /** Writes the collected columns, and {@code updated_at = now} on every track that got a value. */
    void write(Connection c, Instant now) throws SQLException {
        Map<Statement, List<Long>> byStatement = new LinkedHashMap<>();
        changes.forEach((id, values) -> byStatement.computeIfAbsent(new Statement(List.copyOf(values.keySet()),
                valued.contains(id)), k -> new ArrayList<>()).add(id));
        OffsetDateTime at = JdbcValues.timestamp(now);
        for (var group : byStatement.entrySet()) {
            boolean touched = group.getKey().touched();
            String sql = "update track set " + String.join(" = ?, ", group.getKey().columns()) + " = ?, "
                    + (touched ? "updated_at = ?, " : "") + "version = version + 1 where id = ?";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (Long id : group.getValue()) {
                    int i = 1;
                    for (Object value : changes.get(id).values()) {
                        p.setObject(i++, value);
                    }
                    if (touched) {
                        p.setObject(i++, at);
                    }
                    p.setLong(i, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
        changes.clear();
        valued.clear();
    }

    /** Tracks whose updates set the same columns share one statement. */
    private record Statement(List<String> columns, boolean touched) {
    }
}
