package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.bulk.IdBlocks;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.hibernate.dialect.Dialect;

/**
 * The runs a track starts with: a pending run of every tier, written in the transaction that stores the track, so a
 * fetch's new tracks are enriched without waiting for the next start. A fetch stores tracks as entities and an
 * import in JDBC batches; both have their runs made here, beside the queue ({@link TierRunQueue}) that re-queues
 * runs and gives stored tracks the runs of a tier registered later. A tier without a stage keeps its runs pending.
 */
public final class NewTrackRuns {

    private NewTrackRuns() {
    }

    /** Persists a new track's runs in the caller's session. */
    public static void persist(EntityManager em, Track track, Instant now) {
        for (EnrichmentTier tier : EnrichmentTier.values()) {
            TierRun run = new TierRun();
            run.setTrack(track);
            run.setTier(tier.number());
            run.setStatus(TierRunStatus.PENDING);
            run.setAttempts(0);
            run.setUpdatedAt(now);
            em.persist(run);
        }
    }

    /** New tracks' runs as one JDBC batch on the caller's connection, with ids Hibernate will not hand out again. */
    public static final class Batch implements AutoCloseable {

        private final IdBlocks ids;
        private final PreparedStatement insert;

        public Batch(Connection c, Dialect dialect) throws SQLException {
            this.ids = new IdBlocks(c, dialect, "tier_run_seq");
            this.insert = c.prepareStatement("insert into tier_run (id, track_id, tier, status, attempts, "
                    + "updated_at) values (?,?,?,?,0,?)");
        }

        /** Adds the runs of a track created in this transaction. */
        public void add(long trackId, OffsetDateTime now) throws SQLException {
            for (EnrichmentTier tier : EnrichmentTier.values()) {
                insert.setLong(1, ids.next());
                insert.setLong(2, trackId);
                insert.setInt(3, tier.number());
                insert.setString(4, TierRunStatus.PENDING.name());
                insert.setObject(5, now);
                insert.addBatch();
            }
        }

        /** Writes the runs added since the last call. */
        public void execute() throws SQLException {
            insert.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
