package com.scoutdesk.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.HttpPolicy;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderHttp;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.service.ProviderWaits;
import com.scoutdesk.service.TierRunEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The terminal's live progress line, from events and a fake clock: redrawn in place with a carriage return, at most
 * every 250 ms, a finished tier's line kept, and "rate-limited until" while a 429's Retry-After is waited out.
 */
class LiveProgressTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final Instant START = Instant.parse("2026-12-05T17:42:02Z");

    private final StringWriter out = new StringWriter();
    private final TickingClock clock = new TickingClock(START, Duration.ZERO);
    private final EnrichProgress progress = new EnrichProgress(new LiveProgress(new PrintWriter(out), clock), clock);

    private static TierRunEvent outcome(int tier, String outcome) {
        return new TierRunEvent(1, tier, outcome, "", START);
    }

    /** What the terminal shows after each carriage return, without the blanks that wipe a longer line before. */
    private List<String> frames() {
        return Arrays.stream(out.toString().split("\r")).map(String::stripTrailing).filter(s -> !s.isEmpty())
                .toList();
    }

    @Test
    void redrawsOneLineInPlaceAtMostFourTimesASecondAndKeepsFinishedTiers() {
        progress.tier(0, "ISRC recovery", 4);
        progress.tier(1, "Spotify metadata", 2);
        progress.start();
        progress.outcome(outcome(0, "done"));
        progress.outcome(outcome(0, "done")); // both within 250 ms of the first drawing: held back
        clock.advance(Duration.ofMillis(300));
        progress.outcome(outcome(0, "failed"));
        progress.rateLimited("Spotify Web API", START.plusSeconds(8)); // a note is drawn at once
        progress.outcome(outcome(0, "deferred")); // tier 0 is over: its line stays
        clock.advance(Duration.ofSeconds(9)); // the wait is over
        progress.outcome(outcome(1, "done"));
        progress.finish();

        assertThat(frames()).containsExactly(
                "Tier 0: 0/4, 0 failed, 0 deferred | Tier 1: 0/2, 0 failed, 0 deferred",
                "Tier 0: 3/4, 1 failed, 0 deferred | Tier 1: 0/2, 0 failed, 0 deferred",
                "Tier 0: 3/4, 1 failed, 0 deferred | Tier 1: 0/2, 0 failed, 0 deferred | Spotify Web API rate-limited "
                        + "until 17:42:10",
                "Tier 0 (ISRC recovery): 4 of 4 runs, 1 failed, 1 deferred",
                "Tier 1: 1/2, 0 failed, 0 deferred",
                "Tier 1 (Spotify metadata): 1 of 2 runs, 0 failed, 0 deferred");
        assertThat(out.toString().chars().filter(c -> c == '\n')).as("no scrolling: only finished tiers end a line")
                .hasSize(2);
        assertThat(out.toString()).doesNotContain("\u001b").endsWith("deferred\n");
    }

    @Test
    void aTierDeferredWhileItsSourceIsUnreachableSaysOffline() {
        progress.tier(2, "Web player credits and play count", 2);
        progress.unreachable("Spotify Web API");
        progress.outcome(outcome(2, "deferred"));
        progress.outcome(outcome(2, "deferred"));

        assertThat(frames()).containsExactly("Tier 2: 0/2, 0 failed, 0 deferred | Spotify Web API offline",
                "Tier 2 (Web player credits and play count): 2 of 2 runs, 0 failed, 2 deferred, offline");
    }

    @Test
    void showsRateLimitedUntilWhileTheFakeSpotifysRetryAfterIsWaitedOut() throws Exception {
        SERVER.stubFor(get("/v1/tracks").inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "8")).willSetStateTo("waited"));
        SERVER.stubFor(get("/v1/tracks").inScenario("429").whenScenarioStateIs("waited")
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        RecordingSleeper sleeper = new RecordingSleeper();
        ProviderHttp http = new ProviderHttp(Provider.SPOTIFY_API, HttpPolicy.of(1000, Duration.ofSeconds(1)), clock,
                sleeper, response -> false);
        progress.tier(0, "ISRC recovery", 5);
        progress.start();

        try (AutoCloseable waits = new ProviderWaits(http::subscribe).subscribe(progress)) {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SERVER.getPort() + "/v1/tracks"))
                    .GET().build());
        }

        assertThat(sleeper.waits()).contains(Duration.ofSeconds(8));
        assertThat(frames()).containsExactly("Tier 0: 0/5, 0 failed, 0 deferred",
                "Tier 0: 0/5, 0 failed, 0 deferred | Spotify Web API rate-limited until 17:42:10");
    }
}
