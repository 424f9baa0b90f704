package com.scoutdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.testing.MutableClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
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
