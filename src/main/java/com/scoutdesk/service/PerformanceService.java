package com.scoutdesk.service;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.performance.PerformanceJob;
import com.scoutdesk.performance.PerformanceRun;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.scheduling.WeeklyPerformance;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The weekly performance snapshot's use cases: take one now ({@code scoutdesk snapshot}, the window's "Take snapshot
 * now"), switch the weekly one on or off, and see when it ran and what the newest week holds.
 */
public final class PerformanceService {

    private static final String LATEST = "select week_start, count(*), "
            + "sum(case when streams_stale then 1 else 0 end), sum(case when views_stale then 1 else 0 end) "
            + "from performance_snapshot where week_start = (select max(week_start) from performance_snapshot) "
            + "group by week_start";

    private final Database db;
    private final PerformanceJob job;
    private final WeeklyPerformance weekly;
    private final Clock clock;

    public PerformanceService(Database db, PerformanceJob job, WeeklyPerformance weekly, Clock clock) {
        this.db = db;
        this.job = job;
        this.weekly = weekly;
        this.clock = clock;
    }

    /**
     * Refreshes every track's play count and views, waits for them up to the deadline, then writes this week's
     * snapshot (again, if it was taken already this week: the week is replaced, never doubled).
     *
     * @param progress hears "n of m tracks refreshed" on the calling thread
     */
    public SnapshotResult takeNow(RefreshProgress progress) {
        return take(progress, true);
    }

    /**
     * Writes this week's snapshot without refreshing (offline): every number is the last one known, marked stale,
     * with no week-over-week change; a snapshot taken online later in the week replaces it.
     */
    public SnapshotResult takeOffline() {
        return take((refreshed, total) -> { }, false);
    }

    private SnapshotResult take(RefreshProgress progress, boolean refresh) {
        try {
            PerformanceRun run = job.run(progress::refreshed, refresh);
            weekly.ranAt(clock.instant());
            var w = run.week();
            return new SnapshotResult(w.week().start(), w.tracks(), w.streamsFresh(), w.streamsStale(),
                    w.viewsFresh(), w.viewsStale(), w.gaps(), w.contacts(),
                    run.refresh().notConfigured().stream().map(EnrichmentTier::title).toList(),
                    run.refresh().unfinished(), run.refresh().timedOut());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UseCaseException("The snapshot was stopped before it was written; nothing changed. "
                    + "Run it again when you are ready.");
        }
    }

    /** Hears how the refresh before a snapshot is going. */
    @FunctionalInterface
    public interface RefreshProgress {
        void refreshed(long refreshed, long total);
    }

    public SnapshotStatus status() {
        return db.readJdbc(c -> {
            try (PreparedStatement p = c.prepareStatement(LATEST); ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return new SnapshotStatus(weekly.isEnabled(), weekly.lastRun(), weekly.nextRun(),
                            Optional.empty(), 0, 0, 0);
                }
                return new SnapshotStatus(weekly.isEnabled(), weekly.lastRun(), weekly.nextRun(),
                        Optional.of(rs.getObject(1, LocalDate.class)), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        });
    }

    /** Switches the weekly snapshot on or off; returns the status it leaves. */
    public SnapshotStatus setEnabled(boolean enabled) {
        weekly.setEnabled(enabled);
        return status();
    }
}
