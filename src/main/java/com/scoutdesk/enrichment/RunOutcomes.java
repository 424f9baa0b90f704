package com.scoutdesk.enrichment;

import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.persistence.JdbcValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Run outcomes, written with one JDBC batch inside the transaction that writes what the runs found, so a run
 * never ends up done without its values, nor its values without the run done. A run whose track was deleted
 * while it was in flight is gone, and its outcome updates nothing. A run queued again while it was in flight (the
 * scout's re-enrich) is in a newer generation: its outcome updates nothing either, so the run stays pending, with
 * its force, and is asked again; the values this claim found are still written.
 */
final class RunOutcomes {

    private record Row(QueuedRun run, TierRunStatus status, int attempts, Instant next, String error,
                       long durationMs, boolean clearForced) {
    }

    private final Instant now;
    private final Backoff backoff;
    private final List<Row> rows = new ArrayList<>();

    RunOutcomes(Instant now, Backoff backoff) {
        this.now = now;
        this.backoff = backoff;
    }

    /** Done: counted as an attempt, and a forced run is no longer forced. */
    RunOutcomes done(QueuedRun run, long durationMs) {
        rows.add(new Row(run, TierRunStatus.DONE, run.attempts() + 1, null, null, durationMs, true));
        return this;
    }

    RunOutcomes skipped(QueuedRun run) {
        rows.add(new Row(run, TierRunStatus.SKIPPED, run.attempts(), null, null, 0, false));
        return this;
    }

    RunOutcomes failed(QueuedRun run, String error, long durationMs) {
        int attempts = run.attempts() + 1;
        rows.add(new Row(run, TierRunStatus.FAILED, attempts, now.plus(backoff.after(attempts)),
                error, durationMs, false));
        return this;
    }

    RunOutcomes deferred(QueuedRun run, Instant retryAt, String reason) {
        rows.add(new Row(run, TierRunStatus.DEFERRED, run.attempts(), retryAt, reason, 0, false));
        return this;
    }

    /** Nothing to look up: kept with its reason, not counted as an attempt, asked again only when forced. */
    RunOutcomes notApplicable(QueuedRun run, String why) {
        rows.add(new Row(run, TierRunStatus.NOT_APPLICABLE, run.attempts(), null, why, 0, true));
        return this;
    }

    /** Not served on the provider's plan: waits like a deferred run until {@code recheckAt}. */
    RunOutcomes notOnPlan(QueuedRun run, Instant recheckAt, String why) {
        rows.add(new Row(run, TierRunStatus.NOT_ON_PLAN, run.attempts(), recheckAt, why, 0, false));
        return this;
    }

    void write(Connection c) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("update tier_run set status = ?, attempts = ?, "
                + "next_attempt_at = ?, last_error = ?, duration_ms = ?, updated_at = ?, "
                + "forced = case when ? then false else forced end where id = ? and generation = ?")) {
            for (Row r : rows) {
                p.setString(1, r.status().name());
                p.setInt(2, r.attempts());
                p.setObject(3, JdbcValues.timestamp(r.next()), Types.TIMESTAMP_WITH_TIMEZONE);
                p.setString(4, JdbcValues.cut(r.error(), TierRunQueue.MAX_ERROR));
                p.setLong(5, r.durationMs());
                p.setObject(6, JdbcValues.timestamp(now));
                p.setBoolean(7, r.clearForced());
                p.setLong(8, r.run().runId());
                p.setInt(9, r.run().generation());
                p.addBatch();
            }
            p.executeBatch();
        }
        rows.clear();
    }
}
