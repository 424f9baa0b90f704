package com.scoutdesk.integration.common;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * At most {@code permits} requests in any rolling {@code window}, the rule Spotify states ("calls in a rolling 30
 * second window"). Failsafe's limiters do not fit it: the bursty one resets per fixed period, so a rolling window
 * straddling two periods sees twice the permits, and the smooth one can admit one more than the limit. This keeps
 * the last {@code permits} requests and lets a request go when the oldest of them has left the window, so a
 * full-speed run meets the limit and never exceeds it. A request's time is when its answer came back (see
 * {@link Reservation#complete()}): the provider received it before that, so network delays can only make the
 * provider see the requests further apart, never closer. Thread-safe.
 */
public final class RollingWindowLimiter {

    private final int permits;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final ArrayDeque<Reservation> reserved = new ArrayDeque<>();

    /** A slot in the window: wait {@link #waitTime()} before sending, then {@link #complete()} once answered. */
    public final class Reservation {

        private long at;
        private final long wait;

        private Reservation(long at, long wait) {
            this.at = at;
            this.wait = wait;
        }

        public Duration waitTime() {
            return Duration.ofNanos(wait);
        }

        /** The answer came back (or the attempt ended): the slot counts from now. */
        public void complete() {
            synchronized (RollingWindowLimiter.this) {
                at = Math.max(at, nanoTime.getAsLong());
            }
        }
    }

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
     * Reserves the next free slot; the caller waits its {@link Reservation#waitTime()} before sending. The slot is
     * taken even if the caller then gives up, which only makes the limiter more careful.
     */
    public synchronized Reservation reserve() {
        long now = nanoTime.getAsLong();
        long at = now;
        if (reserved.size() == permits) {
            at = Math.max(now, reserved.removeFirst().at + windowNanos);
        }
        Reservation reservation = new Reservation(at, at - now);
        reserved.addLast(reservation);
        return reservation;
    }
}
