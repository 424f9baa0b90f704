package com.scoutdesk.integration.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RollingWindowLimiterTest {

    private static final long WINDOW = Duration.ofSeconds(30).toNanos();

    /**
     * Callers arrive at random (bursts and lulls) and each sends at the moment its reservation allows. Whatever the
     * pattern, no rolling 30 s window holds more than the limit, and no caller waits longer than the limit requires:
     * each one goes at once or exactly when the request {@code limit} places earlier leaves the window.
     */
    @ParameterizedTest(name = "limit {0} per 30 s")
    @ValueSource(ints = {1, 7, 50, 300})
    void neverMoreThanTheLimitInAnyRollingWindowAndNeverSlowerThanNeeded(int limit) {
        AtomicLong clock = new AtomicLong(1_000_000_000L);
        RollingWindowLimiter limiter = new RollingWindowLimiter(limit, Duration.ofSeconds(30), clock::get);
        Random random = new Random(limit);
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            clock.addAndGet(random.nextInt(10) == 0 ? random.nextLong(WINDOW) : random.nextLong(WINDOW / limit / 4));
            long arrival = clock.get();
            var slot = limiter.reserve();
            long sendAt = arrival + slot.waitTime().toNanos();
            if (sent.size() >= limit) {
                long freedAt = sent.get(sent.size() - limit) + WINDOW;
                assertThat(sendAt).as("request %d goes once the one %d before it left the window", i, limit)
                        .isEqualTo(Math.max(arrival, freedAt));
            } else {
                assertThat(sendAt).isEqualTo(arrival);
            }
            sent.add(sendAt);
            clock.set(sendAt); // answered at once: the slot counts from its send time
            slot.complete();
            clock.set(arrival);
        }
        for (int i = limit; i < sent.size(); i++) {
            assertThat(sent.get(i) - sent.get(i - limit)).as("%d requests within one window", limit + 1)
                    .isGreaterThanOrEqualTo(WINDOW);
        }
    }

    @Test
    void aFullSpeedRunTakesExactlyTheWindowsItsLimitRequires() {
        AtomicLong clock = new AtomicLong();
        RollingWindowLimiter limiter = new RollingWindowLimiter(20, Duration.ofSeconds(30), clock::get);
        long last = 0;
        for (int i = 0; i < 64; i++) {
            last = limiter.reserve().waitTime().toNanos();
        }
        // 64 requests at 20 per 30 s: 20 now, 20 at 30 s, 20 at 60 s, the last 4 at 90 s.
        assertThat(Duration.ofNanos(last)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aSlotCountsFromWhenItsAnswerCameBackSoNetworkDelaysNeverBringRequestsCloser() {
        AtomicLong clock = new AtomicLong();
        RollingWindowLimiter limiter = new RollingWindowLimiter(2, Duration.ofSeconds(30), clock::get);
        var first = limiter.reserve();
        limiter.reserve().complete();
        clock.set(Duration.ofMillis(900).toNanos());
        first.complete(); // a slow answer: the provider may have received it as late as now

        clock.set(Duration.ofSeconds(1).toNanos());
        assertThat(limiter.reserve().waitTime()).as("30 s after the slow answer, not after its sending")
                .isEqualTo(Duration.ofMillis(29_900));
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new RollingWindowLimiter(0, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
