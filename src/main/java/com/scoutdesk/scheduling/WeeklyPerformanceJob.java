package com.scoutdesk.scheduling;

import com.scoutdesk.performance.PerformanceJob;
import com.scoutdesk.performance.PerformanceRun;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly performance snapshot as a scheduled job: registered after the weekly refresh, so it starts once the
 * playlists are fetched (their new tracks then get fresh numbers too), and caught up at the next start after a
 * closed lid like the refresh.
 */
public final class WeeklyPerformanceJob implements Job {

    public static final String ID = "weekly-performance";
    private static final Logger LOG = LoggerFactory.getLogger(WeeklyPerformanceJob.class);

    private final PerformanceJob job;
    private final Consumer<PerformanceRun> done;

    /** @param done hears of each finished run (the window's notice), on the scheduler's thread */
    public WeeklyPerformanceJob(PerformanceJob job, Consumer<PerformanceRun> done) {
        this.job = job;
        this.done = done;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void run() {
        try {
            done.accept(job.run((refreshed, total) -> LOG.debug("Refreshed {} of {} tracks", refreshed, total)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("The weekly performance snapshot stopped before writing; it runs again at the next start");
        }
    }
}
