package com.scoutdesk.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Values as the JDBC writers bind them and the readers read them back, the same way in each: H2 and PostgreSQL both
 * take these.
 */
public final class JdbcValues {

    private JdbcValues() {
    }

    /** An instant for a {@code timestamp with time zone} column, in UTC; null stays null. */
    public static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** A {@code timestamp with time zone} column as an instant; SQL null stays null. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    /** Text cut to a column's {@code max} characters; null stays null. */
    public static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Binds a number that may be unknown: null is SQL null, never 0. */
    public static void setLong(PreparedStatement p, int index, Long value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.BIGINT);
        } else {
            p.setLong(index, value);
        }
    }

    /** As {@link #setLong}, for an integer column. */
    public static void setInt(PreparedStatement p, int index, Integer value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setInt(index, value);
        }
    }

    /** As {@link #setLong}, for a double precision column. */
    public static void setDouble(PreparedStatement p, int index, Double value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.DOUBLE);
        } else {
            p.setDouble(index, value);
        }
    }
}
