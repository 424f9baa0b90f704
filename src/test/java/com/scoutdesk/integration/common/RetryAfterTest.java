package com.scoutdesk.integration.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Both forms of {@code Retry-After} (RFC 9110 10.2.3), and what is not one. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");

    @Test
    void readsDelaySecondsWithSpaceAround() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsAnHttpDateAsTheWaitUntilThen() {
        assertThat(RetryAfter.parse("Thu, 01 Oct 2026 12:00:42 GMT", NOW)).contains(Duration.ofSeconds(42));
        assertThat(RetryAfter.parse("Thu, 01 Oct 2026 13:30:00 GMT", NOW)).contains(Duration.ofMinutes(90));
    }

    @Test
    void aDateAlreadyPastMeansNoWait() {
        assertThat(RetryAfter.parse("Thu, 01 Oct 2026 11:59:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void leavesTheDefaultToTheCallerWhenThereIsNothingToRead() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("  ", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
    }
}
