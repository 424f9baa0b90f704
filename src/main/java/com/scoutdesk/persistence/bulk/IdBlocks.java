package com.scoutdesk.persistence.bulk;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.dialect.Dialect;

/**
 * Hands out ids from a database sequence in blocks of 50, exactly as Hibernate's pooled-lo optimizer does with the
 * same sequence, so rows written in bulk never collide with rows Hibernate writes later.
 */
public final class IdBlocks {

    static final int BLOCK = 50;

    private final Connection connection;
    private final String nextValueSql;
    private final int block;
    private long next;
    private long end;

    public IdBlocks(Connection connection, Dialect dialect, String sequence) throws SQLException {
        this(connection, dialect, sequence, BLOCK);
    }

    /** For a sequence that counts up by {@code block} (1 for playlists, whose ids are the numbers scouts type). */
    public IdBlocks(Connection connection, Dialect dialect, String sequence, int block) throws SQLException {
        this.connection = connection;
        this.nextValueSql = dialect.getSequenceSupport().getSequenceNextValString(sequence);
        this.block = block;
    }

    /** The next id; asks the sequence once a block (of {@value #BLOCK} ids unless told otherwise). */
    public long next() throws SQLException {
        if (next == end) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(nextValueSql)) {
                rs.next();
                next = rs.getLong(1);
                end = next + block;
            }
        }
        return next++;
    }
}
