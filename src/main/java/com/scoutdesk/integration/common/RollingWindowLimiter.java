package com.scoutdesk.integration.common;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * At most {@code permits} requests in any rolling {@code window}, the rule Spotify states ("calls in a rolling 30
 * second window"). Failsafe's limiters do not fit it: the bursty one resets per fixed period, so a rolling window
 * straddling two periods sees twice the permits, and the smooth one can admit one more than the limit. This keeps
 * the times of the last {@code permits} reservations and lets a request go when the oldest of them has left the
 * window, so a full-speed run meets the limit exactly and never exceeds it. Thread-safe.
 */
public final class RollingWindowLimiter {

    private final int permits;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final ArrayDeque<Long> reserved = new ArrayDeque<>();

    public RollingWindowLimiter(int permits, Duration window) {
        this(permits, window, System::nanoTime);
    }

    RollingWindowLimiter(int permits, Duration window, LongSupplier nanoTime) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1");
        }
        this.permits = permits;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * Reserves the next free slot and returns how long the caller must wait before sending; the slot is taken even
     * if the caller then gives up, which only makes the limiter more careful.
     */
    public synchronized Duration reserve() {
        long now = nanoTime.getAsLong();
        long at = now;
        if (reserved.size() == permits) {
            at = Math.max(now, reserved.removeFirst() + windowNanos);
        }
        reserved.addLast(at);
        return Duration.ofNanos(at - now);
    }
}
