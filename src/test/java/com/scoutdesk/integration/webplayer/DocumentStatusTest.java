package com.scoutdesk.integration.webplayer;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** A page's 429: its Retry-After read in either form, a missing one defaulted and a day-long one capped. */
class DocumentStatusTest {

    private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");

    @Test
    void readsRetryAfterInSecondsOrAsADate() {
        assertThat(DocumentStatus.retryAfter("120", NOW)).isEqualTo(Duration.ofMinutes(2));
        assertThat(DocumentStatus.retryAfter("Thu, 01 Oct 2026 12:05:00 GMT", NOW)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void waitsAMinuteWithoutAReadableRetryAfterAndAnHourAtMost() {
        assertThat(DocumentStatus.retryAfter(null, NOW)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DocumentStatus.retryAfter("later", NOW)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DocumentStatus.retryAfter("86400", NOW)).isEqualTo(Duration.ofHours(1));
        assertThat(DocumentStatus.retryAfter("Fri, 02 Oct 2026 12:00:00 GMT", NOW)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a429IsRateLimitedUntilTheDateItNames() {
        Instant until = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(until.atZone(ZoneOffset.UTC));

        ProviderException failure = DocumentStatus.failure("track", "T1", 429, date);

        assertThat(failure).isInstanceOf(RateLimitedException.class);
        assertThat(((RateLimitedException) failure).retryAt()).isBetween(until.minusSeconds(2), until.plusSeconds(2));
    }
}
