package com.scoutdesk.integration.common;

import java.time.Duration;

/**
 * Waits for a while. Provider clients wait through this seam (rate-limit permits, {@code Retry-After}) so tests can
 * record the waits instead of spending them.
 */
@FunctionalInterface
public interface Sleeper {

    /** Blocks for {@code duration}; zero or negative returns at once. */
    void sleep(Duration duration) throws InterruptedException;

    /** The real thing: {@link Thread#sleep(long, int)}. */
    static Sleeper system() {
        return duration -> {
            if (duration.isNegative() || duration.isZero()) {
                return;
            }
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        };
    }
}
