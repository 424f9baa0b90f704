package com.scoutdesk.persistence.bulk;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * A list of ids as JDBC parameters, {@code in (?, ?, ...)}, for the pipeline's reads and writes of a batch by id.
 * Plain SQL the way H2 and PostgreSQL both read it; a statement per list size is cheap for the database to prepare.
 */
public final class IdList {

    private IdList() {
    }

    /** {@code "?, ?, ?"} for three ids; the caller writes the parentheses around it. Needs at least one id. */
    public static String placeholders(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("An id list needs at least one id");
        }
        return "?" + ", ?".repeat(count - 1);
    }

    /**
     * Binds the ids to the parameters from {@code first} on.
     *
     * @return the index of the parameter after the last id
     */
    public static int bind(PreparedStatement statement, int first, Collection<Long> ids) throws SQLException {
        int index = first;
        for (Long id : ids) {
            statement.setLong(index++, id);
        }
        return index;
    }
}
