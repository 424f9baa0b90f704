package com.scoutdesk.enrichment;

import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.persistence.JdbcValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one writer of {@code track} columns that enrichment finds and the score computes: values are collected per
 * track and written with one JDBC batch per set of columns. Like Hibernate's own updates, each one bumps the track's
 * version, so an edit made from an older copy of the track fails instead of writing old values back. The pipeline
 * writes a batch's values and scores through it ({@link TrackWriter}), and {@code ScoreService} its scores.
 */
public final class TrackColumnWriter {

    private static final Comparator<TrackField<?>> BY_COLUMN = Comparator.comparing(TrackField::column);

    /** Per track, the fields to set, in column order (so tracks with the same fields share one statement). */
    private final Map<Long, TreeMap<TrackField<?>, Object>> changes = new LinkedHashMap<>();
    /** The tracks that got a found value (not only a score): their {@code updated_at} moves. */
    private final Set<Long> touched = new HashSet<>();

    /** A value a source found (or the scout typed): the track's {@code updated_at} moves when it is written. */
    public void found(long trackId, TrackField<?> field, Object value) {
        changes.computeIfAbsent(trackId, id -> new TreeMap<>(BY_COLUMN)).put(field, field.cast(value));
        touched.add(trackId);
    }

    /** Values that are not found but computed (the track's score): they do not move {@code updated_at}. */
    public void computed(long trackId, Map<TrackField<?>, Object> values) {
        values.forEach((field, value) -> changes.computeIfAbsent(trackId, id -> new TreeMap<>(BY_COLUMN))
                .put(field, field.cast(value)));
    }

    /** The fields about to be written to a track, with their values (none: an empty map). */
    Map<TrackField<?>, Object> pending(long trackId) {
        Map<TrackField<?>, Object> fields = changes.get(trackId);
        return fields == null ? Map.of() : Collections.unmodifiableMap(fields);
    }

    /** Writes the collected values, and {@code updated_at = now} on every track that got a found one. */
    public void write(Connection c, Instant now) throws SQLException {
        Map<Statement, List<Long>> byStatement = new LinkedHashMap<>();
        changes.forEach((id, values) -> byStatement.computeIfAbsent(new Statement(List.copyOf(values.keySet()),
                touched.contains(id)), k -> new ArrayList<>()).add(id));
        OffsetDateTime at = JdbcValues.timestamp(now);
        for (var group : byStatement.entrySet()) {
            boolean touches = group.getKey().touches();
            String sql = "update track set " + String.join(" = ?, ", group.getKey().columns()) + " = ?, "
                    + (touches ? "updated_at = ?, " : "") + "version = version + 1 where id = ?";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (Long id : group.getValue()) {
                    int i = 1;
                    for (var value : changes.get(id).entrySet()) {
                        value.getKey().bind(p, i++, value.getValue());
                    }
                    if (touches) {
                        p.setObject(i++, at);
                    }
                    p.setLong(i, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
        changes.clear();
        touched.clear();
    }

    /** Tracks whose updates set the same columns share one statement. */
    private record Statement(List<TrackField<?>> fields, boolean touches) {

        List<String> columns() {
            return fields.stream().map(TrackField::column).toList();
        }
    }
}
