package com.scoutdesk.integration.chartmetric;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.NotOnPlanException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Token expiry, plan refusals and Chartmetric's rate-limit headers, counted on the fake. */
class ChartmetricLimitsTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final long CM = ChartmetricFake.CM_ID;

    private final ChartmetricFake fake = new ChartmetricFake(SERVER, SERVER.getPort());
    private final MutableClock clock = new MutableClock(NOW);
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final MemoryCapabilityStore store = new MemoryCapabilityStore();

    private ChartmetricClient client() {
        return new ChartmetricClient(fake.config(), store, clock, sleeper);
    }

    /** {@code path} answers {@code first} once, then {@code then}. */
    private static void firstThen(String path, ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        SERVER.stubFor(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(STARTED)
                .willReturn(first).willSetStateTo("2"));
        SERVER.stubFor(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs("2")
                .withHeader("Authorization", equalTo("Bearer " + ChartmetricFake.ACCESS_TOKEN)).willReturn(then));
    }

    @Test
    void theTokenIsReusedUntilItsExpiryNears() {
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        fake.track();
        ChartmetricClient client = client();

        client.track(CM);
        clock.advance(Duration.ofMinutes(58)); // 3600 s minus the 60 s margin not reached yet
        client.track(CM);
        assertThat(fake.tokenCalls()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        client.track(CM);
        assertThat(fake.tokenCalls()).isEqualTo(2);
        assertThat(fake.calls(ChartmetricFake.trackPath(CM))).isEqualTo(3);
    }

    @Test
    void a401MidRunMintsOnceAndRetries() {
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        fake.track();
        ChartmetricClient client = client();
        client.trackIds(ChartmetricFake.ISRC);
        firstThen(ChartmetricFake.youtubePath(CM), ChartmetricFake.json(401, "{\"error\":\"token expired\"}"),
                ChartmetricFake.json(200, ChartmetricFake.resource("youtube-views.json")));

        assertThat(client.youtubeViews(CM).orElseThrow().latest().value()).isEqualTo(10_000);
        assertThat(fake.tokenCalls()).isEqualTo(2);
        assertThat(fake.calls(ChartmetricFake.youtubePath(CM))).isEqualTo(2);
        assertThat(store.switchedOff()).isEmpty();
    }

    @Test
    void a403OnStatsIsNotOnPlanAndRememberedForADay() {
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        fake.track();
        fake.stub(ChartmetricFake.spotifyPath(CM), 403, ChartmetricFake.resource("error-plan.json"));
        fake.stub(ChartmetricFake.spotifyPath(99), 200, ChartmetricFake.resource("spotify-streams.json"));
        ChartmetricClient client = client();

        assertThatThrownBy(() -> client.spotifyStreams(CM)).isInstanceOf(NotOnPlanException.class)
                .extracting(e -> ((NotOnPlanException) e).endpoint()).isEqualTo("spotify stream stats");
        // A second track: the endpoint is not asked again; the others still are.
        assertThatThrownBy(() -> client.spotifyStreams(99)).isInstanceOf(NotOnPlanException.class);
        assertThat(client.track(CM)).isPresent();
        assertThat(fake.calls(ChartmetricFake.spotifyPath(CM))).isEqualTo(1);
        assertThat(fake.calls(ChartmetricFake.spotifyPath(99))).isZero();
        assertThat(fake.tokenCalls()).isEqualTo(1);
        assertThat(client.planRecheckAt("spotify stream stats")).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(store.switchedOff()).containsEntry("chartmetric.spotify-stats", NOW.plus(Duration.ofDays(1)));

        // The workspace remembers it for a new client too, until the day is over.
        assertThatThrownBy(() -> client().spotifyStreams(99)).isInstanceOf(NotOnPlanException.class);
        clock.advance(Duration.ofDays(1));
        assertThat(client().spotifyStreams(99)).isPresent();
        assertThat(fake.calls(ChartmetricFake.spotifyPath(99))).isEqualTo(1);
    }

    @Test
    void a401AfterAFreshTokenIsNotOnPlan() {
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        fake.stub(ChartmetricFake.youtubePath(CM), 401, ChartmetricFake.resource("error-plan.json"));

        assertThatThrownBy(() -> client().youtubeViews(CM)).isInstanceOf(NotOnPlanException.class);
        assertThat(fake.tokenCalls()).isEqualTo(1);
        assertThat(fake.calls(ChartmetricFake.youtubePath(CM))).isEqualTo(1);
    }

    @Test
    void a429WithoutRetryAfterWaitsForXRateLimitReset() {
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        firstThen(ChartmetricFake.trackPath(CM), ChartmetricFake.json(429, "{\"error\":\"Too Many Requests\"}")
                        .withHeader("X-RateLimit-Limit", "1").withHeader("X-RateLimit-Remaining", "0")
                        .withHeader("X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 3)),
                ChartmetricFake.json(200, ChartmetricFake.resource("track.json")));

        assertThat(client().track(CM)).isPresent();
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
        assertThat(fake.calls(ChartmetricFake.trackPath(CM))).isEqualTo(2);
    }

    @Test
    void remainingZeroMakesTheNextRequestWaitForTheReset() {
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        SERVER.stubFor(get(urlPathEqualTo(ChartmetricFake.trackPath(CM))).willReturn(ChartmetricFake.json(200,
                        ChartmetricFake.resource("track.json")).withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 2))));
        ChartmetricClient client = client();

        client.track(CM);
        assertThat(sleeper.waits()).isEmpty();
        client.track(CM);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aResetBeyondTheCapIsRateLimitedWithoutARequest() {
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        Instant reset = NOW.plus(Duration.ofHours(1));
        SERVER.stubFor(get(urlPathEqualTo(ChartmetricFake.trackPath(CM))).willReturn(ChartmetricFake.json(200,
                        ChartmetricFake.resource("track.json")).withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", String.valueOf(reset.getEpochSecond()))));
        ChartmetricClient client = client();
        client.track(CM);

        assertThatThrownBy(() -> client.track(CM)).isInstanceOf(RateLimitedException.class)
                .extracting(e -> ((RateLimitedException) e).retryAt()).isEqualTo(reset);
        assertThat(fake.calls(ChartmetricFake.trackPath(CM))).isEqualTo(1);
    }

    @Test
    void repeated429sBecomeRateLimited() {
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        fake.stub(ChartmetricFake.trackPath(CM), 429, "{\"error\":\"Too Many Requests\"}");

        assertThatThrownBy(() -> client().track(CM)).isInstanceOf(RateLimitedException.class);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(2));
    }
}
