package com.scoutdesk.performance;

import com.scoutdesk.model.Week;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly performance job: first fresh play counts and views for every track ({@link FreshNumbers}, waited for
 * up to a deadline), then the week's snapshot and the contacts' aggregates ({@link SnapshotWeekWriter}). The week is
 * the tracking week the job runs in, so a rerun in the same week replaces that week's rows.
 */
public final class PerformanceJob {

    private static final Logger LOG = LoggerFactory.getLogger(PerformanceJob.class);

    private final FreshNumbers fresh;
    private final SnapshotWeekWriter writer;
    private final Clock clock;
    private final DayOfWeek firstDay;
    private final Duration deadline;

    /**
     * @param firstDay the day tracking weeks start on (the playlist weeks' own)
     * @param deadline how long the refresh may take before the snapshot is written with what it has
     */
    public PerformanceJob(FreshNumbers fresh, SnapshotWeekWriter writer, Clock clock, DayOfWeek firstDay,
                          Duration deadline) {
        this.fresh = fresh;
        this.writer = writer;
        this.clock = clock;
        this.firstDay = firstDay;
        this.deadline = deadline;
    }

    /** Refreshes, then writes this week's snapshot. */
    public PerformanceRun run(RefreshListener listener) throws InterruptedException {
        return run(listener, true);
    }

    /**
     * Writes this week's snapshot, after the refresh unless {@code refresh} is false (offline: every number is then
     * the last known one, marked stale, and no change is computed from it).
     */
    public PerformanceRun run(RefreshListener listener, boolean refresh) throws InterruptedException {
        Instant start = clock.instant();
        Week week = Week.containing(start, firstDay);
        RefreshReport refreshed = refresh ? fresh.refresh(start.plus(deadline), listener)
                : new RefreshReport(start, java.util.List.of(), FreshNumbers.TIERS, 0, 0, false);
        return write(week, refreshed);
    }

    private PerformanceRun write(Week week, RefreshReport refresh) {
        WeekSummary written = writer.write(week, refresh.since());
        LOG.info("Performance snapshot of week {}: {} tracks, {} streams and {} views stale, {} gaps, {} contacts",
                week, written.tracks(), written.streamsStale(), written.viewsStale(), written.gaps(),
                written.contacts());
        return new PerformanceRun(refresh, written);
    }

    /** The week a run now would write. */
    public Week currentWeek() {
        return Week.containing(clock.instant(), firstDay);
    }
}
