package com.scoutdesk.scheduling;

import com.scoutdesk.concurrent.NamedThreads;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs weekly jobs, with catch-up: when a scheduled moment passed while the laptop slept or the app was closed, the
 * job runs at the next check (at start, then every minute). Jobs run one at a time on one named daemon thread.
 */
public final class JobScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    /** A job, its schedule, and the job it runs after in each scheduled week (null: none). */
    private record Entry(Job job, WeeklySchedule schedule, String after) {
    }

    private final JobStateStore state;
    private final Clock clock;
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService executor;

    public JobScheduler(JobStateStore state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** Registers a job. A job never run before counts as run now, so a first start does not fire it at once. */
    public void register(Job job, WeeklySchedule schedule) {
        register(job, schedule, null);
    }

    /**
     * Registers a job that runs only once {@code after} (registered before it) has run for the same scheduled
     * moment, or is switched off: the performance snapshot waits for the playlist refresh to finish, never starts
     * before it, and catches up after it when both were missed.
     */
    public void register(Job job, WeeklySchedule schedule, Job after) {
        if (state.lastRun(job.id()).isEmpty()) {
            state.markRun(job.id(), clock.instant());
        }
        entries.add(new Entry(job, schedule, after == null ? null : after.id()));
    }

    /** Checks now and then every minute, on a background thread. */
    public synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(NamedThreads.daemon("scoutdesk-scheduler"));
            executor.scheduleWithFixedDelay(this::runDue, 0, 1, TimeUnit.MINUTES);
        }
    }

    /** Runs every enabled job whose latest scheduled moment is later than its last run. */
    public void runDue() {
        for (Entry e : entries) {
            String id = e.job().id();
            Instant due = e.schedule().latestDueAtOrBefore(clock.instant());
            boolean missed = state.lastRun(id).map(last -> last.isBefore(due)).orElse(true);
            if (!missed || !state.isEnabled(id) || waitsFor(e.after(), due)) {
                continue;
            }
            LOG.info("Running {} (due {})", id, due);
            try {
                e.job().run();
            } catch (RuntimeException ex) {
                LOG.error("Job {} failed; it runs again at its next scheduled time", id, ex);
            }
            state.markRun(id, clock.instant());
        }
    }

    /** Whether the job {@code after} is on and has not yet run for the moment {@code due}. */
    private boolean waitsFor(String after, Instant due) {
        return after != null && state.isEnabled(after)
                && state.lastRun(after).map(last -> last.isBefore(due)).orElse(true);
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            // No interrupt: a job may be writing to the database, and H2 is not interrupt-safe.
            executor.shutdown();
            executor = null;
        }
    }
}
