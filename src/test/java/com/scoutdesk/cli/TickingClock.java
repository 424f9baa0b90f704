package com.scoutdesk.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake clock for progress tests: starts at a fixed instant and moves on by {@code tick} each time it is read (zero
 * for a clock that only {@link #advance}s).
 */
public final class TickingClock extends Clock {

    private final Instant start;
    private final Duration tick;
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong advancedNanos = new AtomicLong();

    public TickingClock(Instant start, Duration tick) {
        this.start = start;
        this.tick = tick;
    }

    /** Moves the clock on without reading it. */
    public void advance(Duration by) {
        advancedNanos.addAndGet(by.toNanos());
    }

    @Override
    public Instant instant() {
        return start.plus(tick.multipliedBy(reads.getAndIncrement())).plusNanos(advancedNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("progress tests use UTC");
    }
}
