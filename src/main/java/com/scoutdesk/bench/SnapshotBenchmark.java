package com.scoutdesk.bench;

import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Week;
import com.scoutdesk.performance.FreshNumbers;
import com.scoutdesk.performance.HotBandThresholds;
import com.scoutdesk.performance.SnapshotWeekWriter;
import com.scoutdesk.performance.WeekSummary;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.JdbcValues;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code scoutdesk bench snapshot}: the weekly performance job's own work on a synthetic workspace, once the refresh
 * is done. It loads the workspace as {@code scoutdesk bench} does, marks every track's play-count and views runs as
 * answered now (the refresh, whose time is the sources'), then times writing the week's snapshot and the contacts'
 * aggregates: the first run writes the week, the others write it again (a rerun replaces it).
 */
public final class SnapshotBenchmark {

    private final Database db;
    private final TierRunQueue queue;
    private final Clock clock;
    private final Consumer<String> progress;

    public SnapshotBenchmark(Database db, TierRunQueue queue, Clock clock, Consumer<String> progress) {
        this.db = db;
        this.queue = queue;
        this.clock = clock;
        this.progress = progress;
    }

    /** What was measured. */
    public record Report(int entries, int tracks, double loadMs, List<Double> writeMs, LocalDate week, int weekRows,
                         int gaps, int contacts, long snapshotRows) {
    }

    public Report run(int entries, int runs) {
        WorkspaceBenchmark.Loaded loaded = new WorkspaceBenchmark(db, progress, 1).load(entries);
        progress.accept("Marking every track's play count and views as refreshed now...");
        Instant since = clock.instant();
        queue.queueMissing(FreshNumbers.TIERS);
        db.writeVoid(em -> em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (PreparedStatement p = c.prepareStatement("update tier_run set status = ?, updated_at = ? "
                    + "where tier in (?, ?)")) {
                p.setString(1, TierRunStatus.DONE.name());
                p.setObject(2, JdbcValues.timestamp(clock.instant()));
                p.setInt(3, FreshNumbers.TIERS.get(0).number());
                p.setInt(4, FreshNumbers.TIERS.get(1).number());
                p.executeUpdate();
            }
        }));
        // The week after the synthetic history, so each track has a previous week to compare with.
        Week week = Week.containing(clock.instant()).next();
        SnapshotWeekWriter writer = SnapshotWeekWriter.withSpikeAlerts(db, clock, HotBandThresholds.DEFAULT, 50.0);
        List<Double> times = new ArrayList<>();
        WeekSummary summary = null;
        for (int i = 0; i < runs; i++) {
            progress.accept("Writing the week's snapshots and aggregates (run " + (i + 1) + " of " + runs + ")...");
            long t = System.nanoTime();
            summary = writer.write(week, since);
            times.add((System.nanoTime() - t) / 1e6);
        }
        long rows = db.read(em -> em.createQuery("select count(s) from PerformanceSnapshot s", Long.class)
                .getSingleResult());
        return new Report(entries, loaded.tracks(), loaded.loadMs(), times, week.start(), summary.tracks(),
                summary.gaps(), summary.contacts(), rows);
    }
}
