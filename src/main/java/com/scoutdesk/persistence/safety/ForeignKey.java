package com.scoutdesk.persistence.safety;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One foreign key of the workspace schema, read from the database's own metadata. */
record ForeignKey(String name, String table, List<String> columns, String parent, List<String> parentColumns) {

    static List<ForeignKey> all(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<ForeignKey> keys = new ArrayList<>();
        for (String table : IntegrityCheck.tables(c)) {
            Map<String, ForeignKey> byName = new LinkedHashMap<>();
            try (ResultSet rs = meta.getImportedKeys(null, "PUBLIC", table)) {
                while (rs.next()) {
                    ForeignKey fk = byName.computeIfAbsent(rs.getString("FK_NAME"), n -> {
                        try {
                            return new ForeignKey(n, table, new ArrayList<>(), rs.getString("PKTABLE_NAME"),
                                    new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    fk.columns().add(rs.getString("FKCOLUMN_NAME"));
                    fk.parentColumns().add(rs.getString("PKCOLUMN_NAME"));
                }
            }
            keys.addAll(byName.values());
        }
        return keys;
    }

    /** Counts the rows of {@link #table} whose key is set but names no row of {@link #parent}. */
    String countOrphans() {
        return "select count(*) from " + IntegrityCheck.quote(table) + " c where " + notNull()
                + " and not exists (select 1 from " + IntegrityCheck.quote(parent) + " p where " + join() + ")";
    }

    /** Deletes those rows (recovery only: they point at rows the damage took). */
    String deleteOrphans() {
        return "delete from " + IntegrityCheck.quote(table) + " c where " + notNull()
                + " and not exists (select 1 from " + IntegrityCheck.quote(parent) + " p where " + join() + ")";
    }

    private String notNull() {
        List<String> parts = new ArrayList<>();
        columns.forEach(col -> parts.add("c." + IntegrityCheck.quote(col) + " is not null"));
        return String.join(" and ", parts);
    }

    private String join() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            parts.add("p." + IntegrityCheck.quote(parentColumns.get(i)) + " = c." + IntegrityCheck.quote(columns.get(i)));
        }
        return String.join(" and ", parts);
    }
}
