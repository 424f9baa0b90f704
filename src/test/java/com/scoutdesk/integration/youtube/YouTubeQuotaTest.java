package com.scoutdesk.integration.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.youtube.YouTubeQuota.Bucket;
import com.scoutdesk.testing.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The ledger's day is the Pacific day: its midnight moves with daylight saving time. */
class YouTubeQuotaTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T06:30:00Z"));
    private final YouTubeQuota quota = new YouTubeQuota(new MemoryQuotaStore(), clock, 3, 2);

    @Test
    void resetsAtMidnightInLosAngelesAcrossTheAutumnChange() {
        // 23:30 PDT on 31 October: midnight is still in daylight time (UTC-7).
        assertThat(quota.resetsAt()).isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
        // 01:30 PDT on 1 November, before the clocks go back at 09:00 UTC: a 25-hour day ends in PST (UTC-8).
        clock.set(Instant.parse("2026-11-01T08:30:00Z"));
        assertThat(quota.resetsAt()).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
    }

    @Test
    void resetsAtMidnightInLosAngelesAcrossTheSpringChange() {
        // 01:00 PST on 8 March 2026; the clocks go forward at 02:00, so the next midnight is in PDT (UTC-7).
        clock.set(Instant.parse("2026-03-08T09:00:00Z"));
        assertThat(quota.resetsAt()).isEqualTo(Instant.parse("2026-03-09T07:00:00Z"));
    }

    @Test
    void aSpentBucketThrowsWithoutTakingAndRefillsAtThePacificMidnight() {
        quota.take(Bucket.SEARCH, 1);
        quota.take(Bucket.SEARCH, 1);

        RateLimitedException e = catchThrowableOfType(() -> quota.take(Bucket.SEARCH, 1), RateLimitedException.class);

        assertThat(e.quotaExceeded()).isTrue();
        assertThat(e.retryAt()).isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
        assertThat(quota.remaining(Bucket.SEARCH)).isZero();
        assertThat(quota.remaining(Bucket.UNITS)).isEqualTo(3);
        clock.set(Instant.parse("2026-11-01T07:00:00Z"));
        assertThat(quota.remaining(Bucket.SEARCH)).isEqualTo(2);
    }

    @Test
    void googleSayingSpentOutranksTheLedger() {
        quota.take(Bucket.UNITS, 1);
        quota.spendAll(Bucket.UNITS);
        assertThat(quota.remaining(Bucket.UNITS)).isZero();
    }
}
