package com.scoutdesk.enrichment;

import com.scoutdesk.persistence.bulk.IdList;
import com.scoutdesk.persistence.JdbcValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The field provenance of one batch of tracks: read in one query before any write, changed in memory, and written
 * with two JDBC batches inside the batch's transaction. A tier-1 track has about 27 provenance rows; as entities,
 * their persisting and dirty-checking was most of the pipeline's own cost per track.
 */
final class ProvenanceBatch {

    /** What a write needs to know of a stored row. */
    record Known(boolean manualOverride, boolean notAvailable) {
    }

    private record Row(long trackId, String field, String source, int tier, Instant at, boolean notAvailable) {
    }

    static final int ROWS_PER_INSERT = 100;

    private final Map<Long, Map<String, Known>> known;
    private final List<Row> inserts = new ArrayList<>();
    private final List<Row> updates = new ArrayList<>();

    private ProvenanceBatch(Map<Long, Map<String, Known>> known) {
        this.known = known;
    }

    /** Reads the stored provenance of these tracks' fields in one query, on the caller's transaction. */
    static ProvenanceBatch load(Connection c, Collection<Long> trackIds) throws SQLException {
        Map<Long, Map<String, Known>> known = new HashMap<>();
        if (trackIds.isEmpty()) {
            return new ProvenanceBatch(known);
        }
        try (PreparedStatement p = c.prepareStatement("select track_id, field, manual_override, not_available "
                + "from field_provenance where track_id in (" + IdList.placeholders(trackIds.size()) + ")")) {
            IdList.bind(p, 1, trackIds);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    known.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getString(2), new Known(rs.getBoolean(3), rs.getBoolean(4)));
                }
            }
        }
        return new ProvenanceBatch(known);
    }

    /** The stored (or, earlier in this batch, written) provenance of a field; null when it has none. */
    Known get(long trackId, String field) {
        Map<String, Known> fields = known.get(trackId);
        return fields == null ? null : fields.get(field);
    }

    /** The field now holds a value from {@code source}, fetched at {@code at}. */
    void found(long trackId, String field, String source, int tier, Instant at) {
        put(new Row(trackId, field, source, tier, at, false));
    }

    /** The source was asked at {@code at} and withheld the field. */
    void notAvailable(long trackId, String field, String source, int tier, Instant at) {
        put(new Row(trackId, field, source, tier, at, true));
    }

    private void put(Row row) {
        Map<String, Known> fields = known.computeIfAbsent(row.trackId(), k -> new HashMap<>());
        Known before = fields.put(row.field(), new Known(false, row.notAvailable()));
        (before == null ? inserts : updates).add(row);
    }

    /** Writes what changed, on the connection of the caller's transaction. */
    void write(Connection c) throws SQLException {
        insert(c);
        if (!updates.isEmpty()) {
            try (PreparedStatement p = c.prepareStatement("update field_provenance set source = ?, tier = ?, "
                    + "fetched_at = ?, not_available = ? where track_id = ? and field = ? "
                    + "and manual_override = false")) {
                for (Row r : updates) {
                    bind(p, 1, r);
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
        inserts.clear();
        updates.clear();
    }

    /**
     * New rows, {@value #ROWS_PER_INSERT} to a statement: a tier-1 track brings about 27, and H2 inserts rows of a
     * multi-row statement faster than the same rows as a batch of one-row statements.
     */
    private void insert(Connection c) throws SQLException {
        int full = inserts.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (full > 0) {
            try (PreparedStatement p = c.prepareStatement(insertSql(ROWS_PER_INSERT))) {
                for (int from = 0; from < full; from += ROWS_PER_INSERT) {
                    insert(p, inserts.subList(from, from + ROWS_PER_INSERT));
                }
            }
        }
        if (full < inserts.size()) {
            try (PreparedStatement p = c.prepareStatement(insertSql(inserts.size() - full))) {
                insert(p, inserts.subList(full, inserts.size()));
            }
        }
    }

    private static String insertSql(int rows) {
        return "insert into field_provenance (source, tier, fetched_at, not_available, track_id, field, "
                + "manual_override) values "
                + String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?, false)"));
    }

    private static void insert(PreparedStatement p, List<Row> rows) throws SQLException {
        int index = 1;
        for (Row r : rows) {
            index = bind(p, index, r);
        }
        p.executeUpdate();
    }

    /** Binds a row's source, tier, time, not-available flag, track and field; returns the next parameter index. */
    private static int bind(PreparedStatement p, int first, Row r) throws SQLException {
        int i = first;
        p.setString(i++, r.source());
        p.setInt(i++, r.tier());
        p.setObject(i++, JdbcValues.timestamp(r.at()));
        p.setBoolean(i++, r.notAvailable());
        p.setLong(i++, r.trackId());
        p.setString(i++, r.field());
        return i;
    }
}
