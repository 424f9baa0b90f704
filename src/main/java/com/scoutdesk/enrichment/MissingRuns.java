package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.persistence.JdbcValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.stream.Collectors;
import org.hibernate.dialect.Dialect;

/**
 * Gives every track a pending run of each registered tier it has none of, in one statement: a tier built after the
 * workspace filled up then reaches the tracks already there, not only the ones fetched from now on. Sample tracks
 * are left out, as they never get runs.
 */
final class MissingRuns {

    private MissingRuns() {
    }

    /** @return how many runs were created */
    static int insert(Connection c, Dialect dialect, Collection<EnrichmentTier> tiers, Instant now)
            throws SQLException {
        if (tiers.isEmpty()) {
            return 0;
        }
        // The tier numbers are our own constants, so they are written into the statement as a small table.
        String numbers = tiers.stream().map(t -> "select " + t.number() + " as tier")
                .collect(Collectors.joining(" union all "));
        // One sequence value per run, as Hibernate's pooled-lo optimizer reserves a block from each value it reads.
        String nextId = dialect.getSequenceSupport().getSelectSequenceNextValString("tier_run_seq");
        // The status is written in as well: a parameter in a select list has no type for PostgreSQL to infer.
        try (PreparedStatement p = c.prepareStatement("insert into tier_run (id, track_id, tier, status, attempts, "
                + "updated_at) select " + nextId + ", t.id, n.tier, '" + TierRunStatus.PENDING.name() + "', 0, ? "
                + "from track t cross join (" + numbers + ") n where t.sample = false and not exists "
                + "(select 1 from tier_run r where r.track_id = t.id and r.tier = n.tier)")) {
            p.setObject(1, JdbcValues.timestamp(now));
            return p.executeUpdate();
        }
    }
}
