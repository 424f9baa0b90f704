package com.scoutdesk.scheduling;

import java.time.Instant;
import java.util.Optional;

/**
 * The weekly performance snapshot as a scout sees it: on or off, when it last ran, and when it runs next (right
 * after the weekly refresh, whose moment it shares).
 */
public final class WeeklyPerformance {

    private final JobStateStore state;
    private final WeeklyRefresh refresh;

    public WeeklyPerformance(JobStateStore state, WeeklyRefresh refresh) {
        this.state = state;
        this.refresh = refresh;
    }

    public boolean isEnabled() {
        return state.isEnabled(WeeklyPerformanceJob.ID);
    }

    public void setEnabled(boolean enabled) {
        state.setEnabled(WeeklyPerformanceJob.ID, enabled);
    }

    public Optional<Instant> lastRun() {
        return state.lastRun(WeeklyPerformanceJob.ID);
    }

    /**
     * Records a snapshot taken by hand ({@code scoutdesk snapshot}) as the job's last run: one taken after this
     * week's scheduled moment stands for it, and the window shows it as the last run.
     */
    public void ranAt(Instant at) {
        state.markRun(WeeklyPerformanceJob.ID, at);
    }

    /** The refresh's next moment: the snapshot starts when the refresh has finished (or at once, if it is off). */
    public Instant nextRun() {
        return refresh.nextRun();
    }
}
