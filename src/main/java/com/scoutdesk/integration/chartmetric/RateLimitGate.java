package com.scoutdesk.integration.chartmetric;

import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.RetryAfter;
import com.scoutdesk.integration.common.Sleeper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;

/**
 * Chartmetric's own rate-limit headers, read from every answer: {@code X-RateLimit-Remaining: 0} with
 * {@code X-RateLimit-Reset} (the moment a new request would succeed) means the next request waits until then, so it
 * is not answered 429. A wait up to {@code cap} is slept; a longer one fails at once with
 * {@link RateLimitedException}, so the pipeline defers the run instead of a thread blocking. The rolling-window
 * limiter of {@code ProviderHttp} keeps to the configured rate; this covers a server that counts otherwise (another
 * client on the same account, a lower plan than configured).
 */
final class RateLimitGate {

    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration cap;
    private Instant notBefore = Instant.MIN;

    RateLimitGate(Clock clock, Sleeper sleeper, Duration cap) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.cap = cap;
    }

    /** Waits, or throws, until the server said requests may go again. */
    void awaitTurn() {
        Duration wait;
        synchronized (this) {
            Instant now = clock.instant();
            if (!now.isBefore(notBefore)) {
                return;
            }
            wait = Duration.between(now, notBefore);
            if (wait.compareTo(cap) > 0) {
                throw new RateLimitedException(Provider.CHARTMETRIC, notBefore, false);
            }
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Chartmetric request interrupted");
        }
    }

    /** Reads the headers of an answer. */
    synchronized void observe(HttpResponse<String> response) {
        String remaining = response.headers().firstValue("X-RateLimit-Remaining").orElse("").strip();
        if (!remaining.equals("0")) {
            return;
        }
        Instant now = clock.instant();
        RetryAfter.parseReset(response.headers().firstValue("X-RateLimit-Reset").orElse(null), now)
                .map(now::plus)
                .filter(at -> at.isAfter(notBefore))
                .ifPresent(at -> notBefore = at);
    }
}
