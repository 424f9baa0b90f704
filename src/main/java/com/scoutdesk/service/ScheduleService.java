package com.scoutdesk.service;

import com.scoutdesk.scheduling.WeeklyRefresh;
import java.time.Instant;

/**
 * The in-app weekly refresh as both front ends see it: on or off, and when it runs; and the performance snapshot
 * that follows it.
 */
public final class ScheduleService implements RefreshSettings {

    private final WeeklyRefresh refresh;
    private final PerformanceService performance;

    public ScheduleService(WeeklyRefresh refresh, PerformanceService performance) {
        this.refresh = refresh;
        this.performance = performance;
    }

    @Override
    public java.util.Optional<SnapshotStatus> snapshot() {
        return java.util.Optional.of(performance.status());
    }

    public ScheduleStatus status() {
        var schedule = refresh.schedule();
        return new ScheduleStatus(refresh.isEnabled(), schedule.day(), schedule.timeUtc(), refresh.lastRun(),
                refresh.nextRun());
    }

    /** Switches the weekly refresh on or off; returns the status it leaves. */
    public ScheduleStatus setEnabled(boolean enabled) {
        refresh.setEnabled(enabled);
        return status();
    }

    @Override
    public boolean isWeeklyRefreshEnabled() {
        return refresh.isEnabled();
    }

    @Override
    public void setWeeklyRefreshEnabled(boolean enabled) {
        refresh.setEnabled(enabled);
    }

    @Override
    public java.util.Optional<ScheduleStatus> schedule() {
        return java.util.Optional.of(status());
    }

    @Override
    public String describe() {
        ScheduleStatus s = status();
        return "Every " + s.day() + " at " + s.timeUtc() + " UTC · last run "
                + s.lastRun().map(ScheduleService::time).orElse("never")
                + (s.enabled() ? " · next " + time(s.nextRun()) + " (a missed run catches up when "
                + "the app next starts)" : "") + snapshotLine();
    }

    private String snapshotLine() {
        SnapshotStatus s = performance.status();
        return " · performance snapshot " + (s.enabled() ? "after it" : "off") + ", last "
                + s.lastRun().map(ScheduleService::time).orElse("never")
                + s.latestWeek().map(w -> " (week of " + w + ")").orElse("");
    }

    private static String time(Instant t) {
        return t.toString().substring(0, 16).replace('T', ' ');
    }
}
