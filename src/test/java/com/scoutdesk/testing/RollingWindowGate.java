package com.scoutdesk.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.OptionalLong;

/**
 * A benchmark fake's side of a provider's rate rule: Spotify's "calls in a rolling 30 second window", MusicBrainz's
 * "503 to a request less than a second after the previous one". A request is admitted only if fewer than
 * {@code permits} requests were admitted in the window before it; otherwise it is a violation and the caller answers
 * 429 or 503. Independent of the client's {@code RollingWindowLimiter}, so it can catch that one out. Thread-safe.
 */
public final class RollingWindowGate {

    private final int permits;
    private final long windowNanos;
    private final ArrayDeque<Long> admitted = new ArrayDeque<>();
    private long violations;
    private long worstEarlyNanos;
    private int peak;

    public RollingWindowGate(int permits, Duration window) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1");
        }
        this.permits = permits;
        this.windowNanos = window.toNanos();
    }

    /** Empty when the request at {@code nowNanos} is admitted, else the nanoseconds until a slot frees. */
    public synchronized OptionalLong admit(long nowNanos) {
        while (!admitted.isEmpty() && admitted.peekFirst() <= nowNanos - windowNanos) {
            admitted.removeFirst();
        }
        if (admitted.size() >= permits) {
            violations++;
            long early = admitted.peekFirst() + windowNanos - nowNanos;
            worstEarlyNanos = Math.max(worstEarlyNanos, early);
            return OptionalLong.of(early);
        }
        admitted.addLast(nowNanos);
        peak = Math.max(peak, admitted.size());
        return OptionalLong.empty();
    }

    public synchronized long violations() {
        return violations;
    }

    /** How much too early the worst violation came: 20 ms is jitter, seconds would be a broken limiter. */
    public synchronized long worstEarlyNanos() {
        return worstEarlyNanos;
    }

    /** The most requests admitted within any one window so far. */
    public synchronized int peak() {
        return peak;
    }

    public int permits() {
        return permits;
    }
}
