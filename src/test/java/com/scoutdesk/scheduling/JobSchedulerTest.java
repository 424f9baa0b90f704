package com.scoutdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.testing.MutableClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The weekly schedule and its catch-up after sleep or a closed app. */
class JobSchedulerTest {

    private static final WeeklySchedule FRIDAY_10 = new WeeklySchedule(DayOfWeek.FRIDAY, LocalTime.of(10, 0));

    @Test
    void findsTheLatestAndNextFridayTenUtc() {
        assertThat(FRIDAY_10.latestDueAtOrBefore(Instant.parse("2026-11-27T09:59:59Z")))
                .isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(FRIDAY_10.latestDueAtOrBefore(Instant.parse("2026-11-27T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(FRIDAY_10.latestDueAtOrBefore(Instant.parse("2026-11-23T08:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(FRIDAY_10.nextDueAfter(Instant.parse("2026-11-23T08:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
    }

    @Test
    void aFirstStartDoesNotFireButAMissedFridayIsCaughtUpOnce() {
        MemoryState state = new MemoryState();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z")); // Monday
        CountingJob job = new CountingJob();
        JobScheduler scheduler = new JobScheduler(state, clock);
        scheduler.register(job, FRIDAY_10);

        scheduler.runDue();
        assertThat(job.runs).as("nothing is due since registration").isZero();

        clock.set(Instant.parse("2026-11-28T15:00:00Z")); // the laptop slept through Friday 10:00
        scheduler.runDue();
        scheduler.runDue();
        assertThat(job.runs).as("caught up once, not twice").isEqualTo(1);
        assertThat(state.lastRun(job.id())).contains(clock.instant());

        clock.set(Instant.parse("2026-12-04T10:00:30Z"));
        scheduler.runDue();
        assertThat(job.runs).isEqualTo(2);
    }

    @Test
    void aSwitchedOffJobDoesNotRunAndAFailingJobDoesNotStopTheScheduler() {
        MemoryState state = new MemoryState();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        CountingJob off = new CountingJob();
        Job failing = new Job() {
            @Override
            public String id() {
                return "failing";
            }

            @Override
            public void run() {
                throw new IllegalStateException("source down");
            }
        };
        JobScheduler scheduler = new JobScheduler(state, clock);
        scheduler.register(failing, FRIDAY_10);
        scheduler.register(off, FRIDAY_10);
        state.setEnabled(off.id(), false);

        clock.advance(Duration.ofDays(7));
        scheduler.runDue();
        assertThat(off.runs).isZero();
        assertThat(state.lastRun("failing")).as("a failure waits for the next slot").contains(clock.instant());

        state.setEnabled(off.id(), true);
        scheduler.runDue();
        assertThat(off.runs).isEqualTo(1);
    }

    @Test
    void theSnapshotRunsOnlyAfterTheRefreshHasFinishedAndCatchesUpAfterItWhenBothWereMissed() {
        MemoryState state = new MemoryState();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z")); // Monday
        List<String> log = new ArrayList<>();
        Job refresh = new LoggingJob("weekly-refresh", clock, log, () -> clock.advance(Duration.ofMinutes(40)));
        Job snapshot = new LoggingJob("weekly-performance", clock, log, () -> { });
        JobScheduler scheduler = new JobScheduler(state, clock);
        // Registered in the wrong order on purpose: the dependency, not the order, keeps the snapshot waiting.
        scheduler.register(snapshot, FRIDAY_10, refresh);
        scheduler.register(refresh, FRIDAY_10);

        clock.set(Instant.parse("2026-11-27T10:00:00Z"));
        scheduler.runDue();
        assertThat(log).as("the snapshot waited for the refresh, which ran in this check")
                .containsExactly("weekly-refresh@2026-11-27T10:00:00Z");
        scheduler.runDue();
        assertThat(log).containsExactly("weekly-refresh@2026-11-27T10:00:00Z",
                "weekly-performance@2026-11-27T10:40:00Z");

        // The lid stayed shut through the next Friday: at the next start both catch up, the refresh first.
        log.clear();
        clock.set(Instant.parse("2026-12-06T09:00:00Z"));
        scheduler.runDue();
        scheduler.runDue();
        assertThat(log).containsExactly("weekly-refresh@2026-12-06T09:00:00Z",
                "weekly-performance@2026-12-06T09:40:00Z");

        // With the refresh switched off, the snapshot runs on its own at the scheduled moment.
        log.clear();
        state.setEnabled("weekly-refresh", false);
        clock.set(Instant.parse("2026-12-11T10:05:00Z"));
        scheduler.runDue();
        assertThat(log).containsExactly("weekly-performance@2026-12-11T10:05:00Z");
    }

    private static final class LoggingJob implements Job {
        private final String id;
        private final MutableClock clock;
        private final List<String> log;
        private final Runnable work;

        LoggingJob(String id, MutableClock clock, List<String> log, Runnable work) {
            this.id = id;
            this.clock = clock;
            this.log = log;
            this.work = work;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public void run() {
            log.add(id + "@" + clock.instant());
            work.run();
        }
    }

    private static final class CountingJob implements Job {
        int runs;

        @Override
        public String id() {
            return "counting";
        }

        @Override
        public void run() {
            runs++;
        }
    }

    private static final class MemoryState implements JobStateStore {
        final Map<String, Instant> last = new HashMap<>();
        final Map<String, Boolean> enabled = new HashMap<>();

        @Override
        public Optional<Instant> lastRun(String jobId) {
            return Optional.ofNullable(last.get(jobId));
        }

        @Override
        public void markRun(String jobId, Instant at) {
            last.put(jobId, at);
        }

        @Override
        public boolean isEnabled(String jobId) {
            return enabled.getOrDefault(jobId, true);
        }

        @Override
        public void setEnabled(String jobId, boolean value) {
            enabled.put(jobId, value);
        }
    }
}
