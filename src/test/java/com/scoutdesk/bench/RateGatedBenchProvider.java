package com.scoutdesk.bench;

import com.scoutdesk.testing.RollingWindowGate;
import java.time.Duration;

/** A benchmark provider that refuses requests above a rate a rolling second: The MLC, MusicBrainz, Chartmetric. */
abstract class RateGatedBenchProvider extends BenchProvider {

    final RollingWindowGate gate;

    RateGatedBenchProvider(String name, String prefix, int perSecond) {
        super(name, prefix);
        this.gate = new RollingWindowGate(perSecond, Duration.ofSeconds(1));
    }

    @Override
    String limit() {
        return gate.permits() + " a rolling second (429 above)";
    }

    /** How much too early the earliest request that was let through came, for the fake's own check of its gate. */
    long worstEarlyNanos() {
        return gate.worstEarlyNanos();
    }
}
