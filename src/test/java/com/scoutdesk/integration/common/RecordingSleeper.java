package com.scoutdesk.integration.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Sleeper} that only writes down how long it was asked to sleep. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
    }

    /** Every requested sleep longer than zero, in order (the rate limiter asks for zero when a permit is free). */
    public synchronized List<Duration> waits() {
        return sleeps.stream().filter(d -> !d.isZero() && !d.isNegative()).toList();
    }
}
