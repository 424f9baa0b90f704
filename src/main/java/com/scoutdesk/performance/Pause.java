package com.scoutdesk.performance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Waits until a moment: the clock's own time in the application, a simulated clock's in tests. */
@FunctionalInterface
public interface Pause {

    /** Returns at {@code at} or a little before (the caller checks again), or at once if it is past. */
    void until(Instant at) throws InterruptedException;

    /** Sleeps on the real clock, at most a minute at a time, so a caller sees a closing workspace soon. */
    static Pause sleeping(Clock clock) {
        return at -> {
            long millis = Duration.between(clock.instant(), at).toMillis();
            if (millis > 0) {
                Thread.sleep(Math.min(millis, Duration.ofMinutes(1).toMillis()));
            }
        };
    }
}
