package com.scoutdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.service.TierRunEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Plain progress lines (pipes, files, cron): every 10 s or every 10 % of a tier, whichever is rarer; notes once. */
class PlainProgressTest {

    private static final Instant START = Instant.parse("2026-12-05T17:40:00Z");

    private final StringWriter out = new StringWriter();
    private final TickingClock clock = new TickingClock(START, Duration.ZERO);
    private final EnrichProgress progress = new EnrichProgress(new PlainProgress(new PrintWriter(out), clock), clock);

    private void done(int runs) {
        for (int i = 0; i < runs; i++) {
            progress.outcome(new TierRunEvent(i, 0, "done", "", START));
        }
    }

    @Test
    void aLineOnceTenSecondsAndTenPercentHavePassedAndEachNoteOnce() {
        progress.tier(0, "ISRC recovery", 100);
        progress.start();
        done(20); // 20 % but no time: nothing yet
        clock.advance(Duration.ofSeconds(11));
        done(1);
        clock.advance(Duration.ofSeconds(11));
        done(5); // time, but 5 % only
        progress.rateLimited("Spotify Web API", START.plusSeconds(30));
        progress.rateLimited("Spotify Web API", START.plusSeconds(30));
        done(5);
        done(69);
        progress.finish();

        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(),
                "Tier 0 (ISRC recovery): 21 of 100 runs, 0 failed, 0 deferred",
                "Spotify Web API rate-limited until 17:40:30",
                "Tier 0 (ISRC recovery): 31 of 100 runs, 0 failed, 0 deferred",
                "Tier 0 (ISRC recovery): 100 of 100 runs, 0 failed, 0 deferred", ""));
    }
}
