package com.scoutdesk.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The weekly refresh as a scout sees it: on or off, when it last ran, when it runs next. */
public final class WeeklyRefresh {

    private final JobStateStore state;
    private final WeeklySchedule schedule;
    private final Clock clock;

    public WeeklyRefresh(JobStateStore state, WeeklySchedule schedule, Clock clock) {
        this.state = state;
        this.schedule = schedule;
        this.clock = clock;
    }

    public boolean isEnabled() {
        return state.isEnabled(WeeklyRefreshJob.ID);
    }

    public void setEnabled(boolean enabled) {
        state.setEnabled(WeeklyRefreshJob.ID, enabled);
    }

    public Optional<Instant> lastRun() {
        return state.lastRun(WeeklyRefreshJob.ID);
    }

    public Instant nextRun() {
        return schedule.nextDueAfter(clock.instant());
    }

    public WeeklySchedule schedule() {
        return schedule;
    }
}
