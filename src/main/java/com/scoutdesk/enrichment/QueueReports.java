package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.JdbcValues;
import com.scoutdesk.persistence.bulk.IdList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/** Read-only views of the enrichment queue: runs per tier and status, what waits and why, what failed. */
public final class QueueReports {

    /** The statuses of work not finished: RUNNING only in workspaces of earlier versions, which stored claims. */
    private static final String OUTSTANDING = "('" + TierRunStatus.PENDING.name() + "', '"
            + TierRunStatus.RUNNING.name() + "', '" + TierRunStatus.DEFERRED.name() + "')";
    private static final String PER_TIER = "select r.tier, "
            + "sum(case when r.status in " + OUTSTANDING + " then 1 else 0 end), "
            + "sum(case when r.status not in " + OUTSTANDING + " and r.updated_at >= ? then 1 else 0 end), "
            + "sum(case when r.status = '" + TierRunStatus.FAILED.name() + "' and r.updated_at >= ? then 1 else 0 end) "
            + "from tier_run r where r.status in " + OUTSTANDING + " or r.updated_at >= ? "
            + "group by r.tier order by r.tier";
    private static final String OUTSTANDING_TRACKS = "select count(distinct r.track_id) from tier_run r "
            + "where r.tier in (%s) and r.status in " + OUTSTANDING;
    /** One pass over the runs, grouped by track: a not-exists probe per run cost a second on 140,000 runs. */
    private static final String SETTLED_TRACKS = "select count(*) from (select r.track_id from tier_run r "
            + "where r.tier in (%s) and (r.status in " + OUTSTANDING + " or r.updated_at >= ?) group by r.track_id "
            + "having sum(case when r.status in " + OUTSTANDING + " then 1 else 0 end) = 0) settled";

    private final Database db;

    QueueReports(Database db) {
        this.db = db;
    }

    /**
     * A number that changes whenever the queue's table does: H2's modification count of {@code tier_run}, a lookup
     * rather than a scan. Present only when no session holds uncommitted changes, so that a report read between two
     * equal marks saw the queue as it still is. Empty while a write is in flight, and where the database keeps no such
     * count (PostgreSQL): read the reports then.
     */
    public OptionalLong changeMark() {
        return db.readJdbc(c -> {
            if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
                return OptionalLong.empty();
            }
            try (PreparedStatement p = c.prepareStatement("select (select last_modification "
                    + "from information_schema.tables where table_schema = current_schema and table_name = 'TIER_RUN'), "
                    + "(select count(*) from information_schema.sessions where contains_uncommitted)");
                 ResultSet rs = p.executeQuery()) {
                return rs.next() && rs.getObject(1) != null && rs.getLong(2) == 0 ? OptionalLong.of(rs.getLong(1))
                        : OptionalLong.empty();
            }
        });
    }

    /** How many runs each tier has in each status, for {@code scoutdesk queue}. */
    public List<QueueCount> counts() {
        return db.read(em -> em.createQuery("select new com.scoutdesk.enrichment.QueueCount(r.tier, r.status, "
                + "count(r)) from TierRun r group by r.tier, r.status order by r.tier, r.status", QueueCount.class)
                .getResultList());
    }

    /** Deferred runs by tier and reason, with the earliest next try: what an offline or rate-limited source holds. */
    public List<QueueWait> waits() {
        return db.read(em -> em.createQuery("select new com.scoutdesk.enrichment.QueueWait(r.tier, r.lastError, "
                + "min(r.nextAttemptAt), count(r)) from TierRun r where r.status = :deferred "
                + "group by r.tier, r.lastError order by r.tier, min(r.nextAttemptAt)", QueueWait.class)
                .setParameter("deferred", TierRunStatus.DEFERRED).getResultList());
    }

    /** Failed and deferred runs with their reasons and next attempt, newest first. */
    public List<QueueProblem> problems(int limit) {
        return db.read(em -> em.createQuery("select new com.scoutdesk.enrichment.QueueProblem(r.track.spotifyId, "
                + "r.track.name, r.tier, r.status, r.attempts, r.nextAttemptAt, r.lastError) from TierRun r "
                + "where r.status in :statuses order by r.updatedAt desc, r.id", QueueProblem.class)
                .setParameter("statuses", List.of(TierRunStatus.FAILED, TierRunStatus.DEFERRED,
                        TierRunStatus.NOT_ON_PLAN))
                .setMaxResults(limit).getResultList());
    }

    /**
     * The work outstanding now and what was settled since {@code since}: per tier (every tier), and in distinct tracks
     * counting only {@code tiers} (those something configured can run; the others' runs wait for ever and are no work
     * under way). For the window's progress bar: "47 of 100 tracks" is the settled tracks of the total of both.
     */
    public QueueProgress progress(Instant since, Collection<EnrichmentTier> tiers) {
        List<Integer> numbers = tiers.stream().map(EnrichmentTier::number).toList();
        return db.readJdbc(c -> new QueueProgress(perTier(c, since), numbers.isEmpty() ? 0
                : count(c, OUTSTANDING_TRACKS.formatted(IdList.placeholders(numbers.size())), numbers, null),
                numbers.isEmpty() ? 0 : count(c, SETTLED_TRACKS.formatted(IdList.placeholders(numbers.size())),
                        numbers, since)));
    }

    private static List<QueueProgress.Tier> perTier(Connection c, Instant since) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(PER_TIER)) {
            for (int i = 1; i <= 3; i++) {
                p.setObject(i, JdbcValues.timestamp(since));
            }
            List<QueueProgress.Tier> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new QueueProgress.Tier(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return out;
        }
    }

    /** Binds the tier numbers, then (for the settled tracks) the moment. */
    private static long count(Connection c, String sql, List<Integer> tiers, Instant since) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (int tier : tiers) {
                p.setInt(i++, tier);
            }
            if (since != null) {
                p.setObject(i, JdbcValues.timestamp(since));
            }
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
