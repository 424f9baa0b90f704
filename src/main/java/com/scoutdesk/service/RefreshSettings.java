package com.scoutdesk.service;

/** The in-app weekly refresh as the Settings view shows it: on or off, and when it runs. */
public interface RefreshSettings {

    boolean isWeeklyRefreshEnabled();

    void setWeeklyRefreshEnabled(boolean enabled);

    /** E.g. "Every FRIDAY at 10:00 UTC · last run 2026-11-20 10:00 · next 2026-11-27 10:00". */
    String describe();

    /** The day and time (UTC), the last and the next run; empty where they are not known (fakes). */
    default java.util.Optional<ScheduleStatus> schedule() {
        return java.util.Optional.empty();
    }

    /** The weekly performance snapshot that follows the refresh: last and next run, the newest week; empty in fakes. */
    default java.util.Optional<SnapshotStatus> snapshot() {
        return java.util.Optional.empty();
    }
}
