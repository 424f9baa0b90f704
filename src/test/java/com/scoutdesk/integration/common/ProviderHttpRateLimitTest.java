package com.scoutdesk.integration.common;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The per-provider rate limit as {@link ProviderHttp} applies it. The first test takes its waits through a recording
 * sleeper on a 30 s window: the waits it asks for are multiples of the window (plus the limiter's 10 ms slack) give
 * or take the few milliseconds the test itself takes. The second one really sleeps, briefly, and only asserts a lower
 * bound, which a slow machine cannot break.
 */
class ProviderHttpRateLimitTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();


    @BeforeEach
    void stub() {
        SERVER.stubFor(get("/x").willReturn(aResponse().withStatus(200)));
    }

    private static HttpRequest request() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SERVER.getPort() + "/x")).build();
    }

    @Test
    void fivePerWindowMakeTheSixthAndEleventhRequestWaitAWindowMore() {
        RecordingSleeper sleeper = new RecordingSleeper();
        ProviderHttp http = new ProviderHttp(Provider.SPOTIFY_API, HttpPolicy.of(5, Duration.ofSeconds(30)),
                Clock.systemUTC(), sleeper, response -> false);

        for (int i = 0; i < 12; i++) {
            http.send(request());
        }

        List<Duration> waits = sleeper.waits();
        assertThat(waits).hasSize(7);
        assertThat(waits.subList(0, 5)).allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofMillis(29_000),
                Duration.ofMillis(30_150)));
        assertThat(waits.subList(5, 7)).allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofMillis(59_000),
                Duration.ofMillis(60_300)));
        SERVER.verify(12, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void reallyHoldsRequestsBackWithTheSystemSleeper() {
        ProviderHttp http = new ProviderHttp(Provider.SPOTIFY_API, HttpPolicy.of(4, Duration.ofMillis(250)),
                Clock.systemUTC(), Sleeper.system(), response -> false);

        long start = System.nanoTime();
        for (int i = 0; i < 9; i++) {
            http.send(request());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        // Permits 1-4 at once, 5-8 after one window, 9 after two: at least ~520 ms (windows of 250 + 10 ms slack).
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(510));
        assertThat(http.requestCount()).isEqualTo(9);
    }
}
