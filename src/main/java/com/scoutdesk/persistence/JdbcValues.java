package com.scoutdesk.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values as the JDBC writers bind them, the same way in each: H2 and PostgreSQL both take these. */
public final class JdbcValues {

    private JdbcValues() {
    }

    /** An instant for a {@code timestamp with time zone} column, in UTC; null stays null. */
    public static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Text cut to a column's {@code max} characters; null stays null. */
    public static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
