package com.scoutdesk.enrichment;

import com.scoutdesk.persistence.bulk.IdBlocks;
import com.scoutdesk.persistence.JdbcValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.dialect.Dialect;

/**
 * The activity events of one batch's run outcomes (the rows the activity log shows), written with one JDBC batch
 * inside the batch's transaction. Ids come from {@code activity_event_seq} in blocks of 50, as Hibernate's pooled-lo
 * optimizer takes them, so these rows and the events Hibernate writes never collide.
 */
final class RunEvents {

    static final int MAX_MESSAGE = 2000;

    private record Row(TierOutcome outcome, String text) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** Adds the event of an outcome, its message prefixed by the tier's title and cut to 2,000 characters. */
    void add(TierOutcome outcome, String tierTitle) {
        String text = tierTitle + ": " + outcome.message();
        rows.add(new Row(outcome, JdbcValues.cut(text, MAX_MESSAGE)));
    }

    void write(Connection c, Dialect dialect) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        IdBlocks ids = new IdBlocks(c, dialect, "activity_event_seq");
        try (PreparedStatement p = c.prepareStatement("insert into activity_event (id, occurred_at, actor, kind, "
                + "track_id, tier, outcome, message) values (?, ?, 'enrichment', ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                TierOutcome o = row.outcome();
                p.setLong(1, ids.next());
                p.setObject(2, JdbcValues.timestamp(o.at()));
                p.setString(3, "tier." + o.tier());
                p.setLong(4, o.trackId());
                p.setInt(5, o.tier());
                p.setString(6, o.outcome());
                p.setString(7, row.text());
                p.addBatch();
            }
            p.executeBatch();
        }
        rows.clear();
    }
}
