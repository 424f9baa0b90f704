package com.scoutdesk.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.OptionalLong;

/**
 * A provider's rate as the benchmark fake enforces it: a request is admitted only if fewer than {@code permits}
 * requests were admitted in the {@code window} before it, by the time it arrived. One permit a second is
 * MusicBrainz's rule ("503 to a request less than a second after the previous one"). Independent of ScoutDesk's
 * {@code RollingWindowLimiter}, so it can catch that one out. Thread-safe.
 */
final class BenchRateGate {

    private final int permits;
    private final long windowNanos;
    private final ArrayDeque<Long> admitted = new ArrayDeque<>();
    private long rejected;
    private long worstEarlyNanos;

    BenchRateGate(int permits, Duration window) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1");
        }
        this.permits = permits;
        this.windowNanos = window.toNanos();
    }

    /** Empty when the request at {@code nowNanos} is admitted, else the nanoseconds until a slot frees. */
    synchronized OptionalLong admit(long nowNanos) {
        while (!admitted.isEmpty() && admitted.peekFirst() <= nowNanos - windowNanos) {
            admitted.removeFirst();
        }
        if (admitted.size() >= permits) {
            rejected++;
            long early = admitted.peekFirst() + windowNanos - nowNanos;
            worstEarlyNanos = Math.max(worstEarlyNanos, early);
            return OptionalLong.of(early);
        }
        admitted.addLast(nowNanos);
        return OptionalLong.empty();
    }

    synchronized long rejected() {
        return rejected;
    }

    /** How much too early the worst rejected request came. */
    synchronized long worstEarlyNanos() {
        return worstEarlyNanos;
    }

    int permits() {
        return permits;
    }
}
