package com.scoutdesk.integration.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code X-RateLimit-Reset} as an epoch second, epoch millisecond or seconds still to wait. */
class RateLimitResetTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void readsEpochSecondsMillisecondsAndDeltas() {
        assertThat(RetryAfter.parseReset(String.valueOf(NOW.getEpochSecond() + 3), NOW))
                .contains(Duration.ofSeconds(3));
        assertThat(RetryAfter.parseReset(String.valueOf(NOW.toEpochMilli() + 1_500), NOW))
                .contains(Duration.ofMillis(1_500));
        assertThat(RetryAfter.parseReset("7", NOW)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parseReset(String.valueOf(NOW.getEpochSecond() - 10), NOW)).contains(Duration.ZERO);
    }

    @Test
    void missingOrUnreadableIsEmpty() {
        assertThat(RetryAfter.parseReset(null, NOW)).isEmpty();
        assertThat(RetryAfter.parseReset(" ", NOW)).isEmpty();
        assertThat(RetryAfter.parseReset("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parseReset("-4", NOW)).isEmpty();
    }
}
