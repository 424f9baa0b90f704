package com.scoutdesk.integration.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A provider's bearer token, kept until shortly before it expires (a minute early, or at half its life when that is
 * shorter) or until a call is refused with it. Callers wait for one fetch; the fetch itself (the request, its errors,
 * its shape) is the provider's.
 */
public final class CachedToken {

    /** A token as the provider issued it, and how long it lives. */
    public record Issued(String value, Duration lifetime) {
        public Issued {
            Objects.requireNonNull(value, "value");
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("A token lives for some time, not " + lifetime);
            }
        }

        @Override
        public String toString() {
            return "Issued[***, " + lifetime + "]";
        }
    }

    /** The token a call may use, and whether it was fetched for that call (so a refusal cannot be its age). */
    public record Current(String value, boolean fresh) {
        @Override
        public String toString() {
            return "Current[***, fresh=" + fresh + "]";
        }
    }

    private static final Duration EARLY = Duration.ofSeconds(60);

    private final Clock clock;
    private final Supplier<Issued> fetch;
    private String value;
    private Instant renewAt = Instant.MIN;

    public CachedToken(Clock clock, Supplier<Issued> fetch) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fetch = Objects.requireNonNull(fetch, "fetch");
    }

    /** A valid token, fetched when there is none or it is about to expire. */
    public String get() {
        return current().value();
    }

    /** {@link #get()}, saying whether the token was fetched just now. */
    public synchronized Current current() {
        if (value != null && clock.instant().isBefore(renewAt)) {
            return new Current(value, false);
        }
        renew();
        return new Current(value, true);
    }

    /** Fetches a token now, whatever is kept: a test of the credentials. */
    public synchronized void renew() {
        Issued issued = fetch.get();
        Duration early = issued.lifetime().dividedBy(2).compareTo(EARLY) < 0 ? issued.lifetime().dividedBy(2) : EARLY;
        value = issued.value();
        renewAt = clock.instant().plus(issued.lifetime()).minus(early);
    }

    /** Forgets {@code rejected} (refused by a call) unless another thread already replaced it. */
    public synchronized void invalidate(String rejected) {
        if (rejected.equals(value)) {
            value = null;
        }
    }
}
