package com.scoutdesk.service.trends;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Loads the rows of a query into a Tablesaw {@link Table} whose columns the caller declares, in the order of the
 * select list. SQL null becomes Tablesaw's missing value, so "not known" never reads as 0.
 */
final class JdbcTables {

    private JdbcTables() {
    }

    static Table read(Connection c, String sql, Object[] params, Column<?>... columns) throws SQLException {
        Table table = Table.create(columns);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    for (int i = 0; i < columns.length; i++) {
                        append(columns[i], rs, i + 1);
                    }
                }
            }
        }
        return table;
    }

    static Object[] params(Object... values) {
        return values;
    }

    private static void append(Column<?> column, ResultSet rs, int index) throws SQLException {
        if (column instanceof LongColumn longs) {
            long value = rs.getLong(index);
            if (rs.wasNull()) {
                longs.appendMissing();
            } else {
                longs.append(value);
            }
        } else if (column instanceof IntColumn ints) {
            int value = rs.getInt(index);
            if (rs.wasNull()) {
                ints.appendMissing();
            } else {
                ints.append(value);
            }
        } else if (column instanceof DoubleColumn doubles) {
            double value = rs.getDouble(index);
            if (rs.wasNull()) {
                doubles.appendMissing();
            } else {
                doubles.append(value);
            }
        } else if (column instanceof BooleanColumn booleans) {
            booleans.append(rs.getBoolean(index));
        } else if (column instanceof DateColumn dates) {
            dates.append(rs.getObject(index, LocalDate.class));
        } else if (column instanceof StringColumn strings) {
            String value = rs.getString(index);
            strings.append(value == null ? "" : value);
        } else {
            throw new IllegalArgumentException("No loader for column " + column.name());
        }
    }

    /** The long at {@code row}, or null when it is missing. */
    static Long longOrNull(Table t, String column, int row) {
        LongColumn c = t.longColumn(column);
        return c.isMissing(row) ? null : c.getLong(row);
    }

    /** The int at {@code row}, or null when it is missing. */
    static Integer intOrNull(Table t, String column, int row) {
        IntColumn c = t.intColumn(column);
        return c.isMissing(row) ? null : c.getInt(row);
    }

    /** The double at {@code row}, or null when it is missing. */
    static Double doubleOrNull(Table t, String column, int row) {
        DoubleColumn c = t.doubleColumn(column);
        return c.isMissing(row) ? null : c.getDouble(row);
    }

    /** The boolean at {@code row}; a missing value (a row without a match in a left outer join) is false. */
    static boolean bool(Table t, String column, int row) {
        return Boolean.TRUE.equals(t.booleanColumn(column).get(row));
    }
}
