package com.scoutdesk.integration.common;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how stubbornly {@link ProviderHttp} talks to one provider.
 *
 * @param permitsPerWindow  requests allowed in any rolling {@code window}: the provider's own limit, never exceeded
 *                          (see {@link RollingWindowLimiter})
 * @param window            the rate limiter's period, e.g. 30 s for Spotify's rolling window
 * @param maxAttempts       attempts per request for 5xx, timeouts and I/O errors (1 = no retry)
 * @param backoffBase       the first retry delay; it doubles per retry up to {@code backoffMax}, with 25 % jitter
 * @param backoffMax        the longest retry delay
 * @param retryAfterCap     the longest 429 {@code Retry-After} we wait out; longer ones fail at once with
 *                          {@link RateLimitedException} so no thread blocks for hours
 * @param defaultRetryAfter the wait assumed when a 429 carries no usable {@code Retry-After}
 * @param maxRateLimitWaits how many 429s one request may wait out before giving up
 * @param connectTimeout    TCP connect timeout
 * @param requestTimeout    time allowed for one attempt, from sending until the response headers arrive
 */
public record HttpPolicy(int permitsPerWindow, Duration window, int maxAttempts, Duration backoffBase,
                         Duration backoffMax, Duration retryAfterCap, Duration defaultRetryAfter,
                         int maxRateLimitWaits, Duration connectTimeout, Duration requestTimeout) {

    public HttpPolicy {
        require(permitsPerWindow >= 1, "permitsPerWindow must be at least 1");
        require(maxAttempts >= 1, "maxAttempts must be at least 1");
        require(maxRateLimitWaits >= 0, "maxRateLimitWaits must not be negative");
        requirePositive(window, "window");
        requirePositive(backoffBase, "backoffBase");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(backoffMax, "backoffMax");
        Objects.requireNonNull(retryAfterCap, "retryAfterCap");
        Objects.requireNonNull(defaultRetryAfter, "defaultRetryAfter");
        require(backoffMax.compareTo(backoffBase) > 0, "backoffMax must be longer than backoffBase");
        require(!retryAfterCap.isNegative() && !defaultRetryAfter.isNegative(), "Retry-After durations must be >= 0");
    }

    /**
     * Defaults for an interactive desktop client: 4 attempts backing off from 500 ms to 8 s, wait out
     * {@code Retry-After} up to 60 s (5 s when absent, 3 times at most), connect within 10 s, answer within 30 s.
     */
    public static HttpPolicy of(int permitsPerWindow, Duration window) {
        return new HttpPolicy(permitsPerWindow, window, 4, Duration.ofMillis(500), Duration.ofSeconds(8),
                Duration.ofSeconds(60), Duration.ofSeconds(5), 3, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /** A copy with other retry settings for 5xx and I/O failures. */
    public HttpPolicy withRetries(int attempts, Duration base, Duration max) {
        return new HttpPolicy(permitsPerWindow, window, attempts, base, max, retryAfterCap, defaultRetryAfter,
                maxRateLimitWaits, connectTimeout, requestTimeout);
    }

    /** A copy with other 429 settings. */
    public HttpPolicy withRetryAfter(Duration cap, Duration whenAbsent, int maxWaits) {
        return new HttpPolicy(permitsPerWindow, window, maxAttempts, backoffBase, backoffMax, cap, whenAbsent,
                maxWaits, connectTimeout, requestTimeout);
    }

    /** A copy with other timeouts. */
    public HttpPolicy withTimeouts(Duration connect, Duration request) {
        return new HttpPolicy(permitsPerWindow, window, maxAttempts, backoffBase, backoffMax, retryAfterCap,
                defaultRetryAfter, maxRateLimitWaits, connect, request);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        require(!duration.isNegative() && !duration.isZero(), name + " must be positive");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
