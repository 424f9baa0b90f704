package com.scoutdesk.enrichment;

import java.time.Duration;

/** How long a failed run waits before its next attempt: doubling from a minute, at most a day. */
public record Backoff(Duration first, Duration max, int maxAttempts) {

    public static Backoff standard() {
        return new Backoff(Duration.ofMinutes(1), Duration.ofDays(1), 8);
    }

    /** The wait after the given number of failed attempts (1 = the first failure). */
    public Duration after(int failedAttempts) {
        long factor = 1L << Math.min(30, Math.max(0, failedAttempts - 1));
        Duration wait = first.multipliedBy(factor);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
