package com.scoutdesk.enrichment;

import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.persistence.Database;
import java.util.List;

/** Read-only views of the enrichment queue: runs per tier and status, what waits and why, what failed. */
public final class QueueReports {

    private final Database db;

    QueueReports(Database db) {
        this.db = db;
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
}
