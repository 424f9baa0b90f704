package com.scoutdesk.integration.common;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ProviderHttp} against a WireMock server on 127.0.0.1: retries, 429 handling, offline detection. */
class ProviderHttpTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");
    private static final HttpPolicy FAST = HttpPolicy.of(1000, Duration.ofSeconds(1))
            .withRetries(3, Duration.ofMillis(1), Duration.ofMillis(5));

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private ProviderHttp http(HttpPolicy policy) {
        return new ProviderHttp(Provider.SPOTIFY_API, policy, Clock.fixed(NOW, ZoneOffset.UTC), sleeper,
                response -> response.body().contains("QUOTA_EXCEEDED"));
    }

    private static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SERVER.getPort() + path)).GET().build();
    }

    private static void stubSequence(String path, ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        SERVER.stubFor(get(path).inScenario(path).whenScenarioStateIs(STARTED).willReturn(first)
                .willSetStateTo("second"));
        SERVER.stubFor(get(path).inScenario(path).whenScenarioStateIs("second").willReturn(then));
    }

    @Test
    void retriesA500AndReturnsTheSuccess() {
        stubSequence("/x", aResponse().withStatus(500), aResponse().withStatus(200).withBody("ok"));
        ProviderHttp http = http(FAST);

        HttpResponse<String> response = http.send(request("/x"));

        assertThat(response.body()).isEqualTo("ok");
        assertThat(http.requestCount()).isEqualTo(2);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void gives503UpAfterMaxAttempts() {
        SERVER.stubFor(get("/x").willReturn(aResponse().withStatus(503)));
        ProviderHttp http = http(FAST);

        assertThatThrownBy(() -> http.send(request("/x")))
                .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
        SERVER.verify(3, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void returnsClientErrorsWithoutRetrying() {
        SERVER.stubFor(get("/x").willReturn(aResponse().withStatus(404).withBody("{}")));
        ProviderHttp http = http(FAST);

        assertThat(http.send(request("/x")).statusCode()).isEqualTo(404);
        SERVER.verify(1, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void waitsOutAShortRetryAfterThroughTheSleeper() {
        stubSequence("/x", aResponse().withStatus(429).withHeader("Retry-After", "1"),
                aResponse().withStatus(200).withBody("ok"));
        ProviderHttp http = http(FAST);

        assertThat(http.send(request("/x")).body()).isEqualTo("ok");
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
        SERVER.verify(2, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void failsAtOnceWhenRetryAfterExceedsTheCap() {
        SERVER.stubFor(get("/x").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "86400")));
        ProviderHttp http = http(FAST);

        assertThatThrownBy(() -> http.send(request("/x")))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.retryAt()).isEqualTo(NOW.plusSeconds(86_400));
                    assertThat(e.quotaExceeded()).isFalse();
                });
        assertThat(sleeper.waits()).isEmpty();
        SERVER.verify(1, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void usesTheDefaultWhenRetryAfterIsMissing() {
        stubSequence("/x", aResponse().withStatus(429), aResponse().withStatus(200));
        ProviderHttp http = http(FAST.withRetryAfter(Duration.ofSeconds(60), Duration.ofSeconds(7), 3));

        assertThat(http.send(request("/x")).statusCode()).isEqualTo(200);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void readsAnHttpDateRetryAfter() {
        stubSequence("/x", aResponse().withStatus(429).withHeader("Retry-After", "Thu, 01 Oct 2026 12:00:42 GMT"),
                aResponse().withStatus(200));
        ProviderHttp http = http(FAST);

        http.send(request("/x"));

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(42));
    }

    @Test
    void neverRetriesASpentQuota() {
        SERVER.stubFor(get("/x").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody("{\"error\":{\"status\":429,\"message\":\"Too many requests\","
                        + "\"reason\":\"QUOTA_EXCEEDED\"}}")));
        ProviderHttp http = http(FAST);

        assertThatThrownBy(() -> http.send(request("/x")))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.quotaExceeded()).isTrue();
                    assertThat(e.retryAt()).isEqualTo(NOW.plusSeconds(1));
                });
        assertThat(sleeper.waits()).isEmpty();
        SERVER.verify(1, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void stopsWaitingAfterMaxRateLimitWaits() {
        SERVER.stubFor(get("/x").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
        ProviderHttp http = http(FAST.withRetryAfter(Duration.ofSeconds(60), Duration.ofSeconds(5), 2));

        assertThatThrownBy(() -> http.send(request("/x"))).isInstanceOf(RateLimitedException.class);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        SERVER.verify(3, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void tellsItsListenersOfARetryAfterWaitAndOfAnUnreachableHostUntilTheyStop() throws Exception {
        stubSequence("/x", aResponse().withStatus(429).withHeader("Retry-After", "8"),
                aResponse().withStatus(200).withBody("ok"));
        ProviderHttp http = http(FAST);
        List<String> heard = new ArrayList<>();
        ProviderListener listener = new ProviderListener() {
            @Override
            public void rateLimited(Provider provider, Instant until) {
                heard.add(provider + " waits until " + until);
            }

            @Override
            public void unreachable(Provider provider) {
                heard.add(provider + " unreachable");
            }
        };
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpRequest closed = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closedPort + "/x")).build();

        try (AutoCloseable subscription = http.subscribe(listener)) {
            http.send(request("/x"));
            assertThatThrownBy(() -> http.send(closed)).isInstanceOf(OfflineException.class);
        }
        assertThatThrownBy(() -> http.send(closed)).isInstanceOf(OfflineException.class);

        assertThat(heard).containsExactly("SPOTIFY_API waits until 2026-10-01T12:00:08Z", "SPOTIFY_API unreachable");
    }

    @Test
    void reportsARefusedConnectionAsOfflineAfterRetrying() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ProviderHttp http = http(FAST);

        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closedPort + "/x"))
                .build())).isInstanceOf(OfflineException.class).hasCauseInstanceOf(IOException.class);
        assertThat(http.requestCount()).isEqualTo(3);
    }

    @Test
    void reportsAnUnknownHostAsOffline() {
        // .invalid never resolves (RFC 6761); one attempt, so a slow resolver costs one lookup only.
        ProviderHttp http = http(FAST.withRetries(1, Duration.ofMillis(1), Duration.ofMillis(5)));

        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create("http://no-such-host.invalid/x"))
                .build())).isInstanceOf(OfflineException.class).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void reportsATimeoutAsOffline() {
        SERVER.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));
        ProviderHttp http = http(FAST.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(100)));

        assertThatThrownBy(() -> http.send(request("/slow")))
                .isInstanceOf(OfflineException.class).hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(http.requestCount()).isEqualTo(3);
    }

    @Test
    void closesAStreamedBodyItRetriesSinceNoOneElseWillReadIt() {
        stubSequence("/stream", aResponse().withStatus(500).withBody("down"),
                aResponse().withStatus(200).withBody("ok"));
        List<TrackedBody> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpResponse.BodyHandler<TrackedBody> tracked = info -> HttpResponse.BodySubscribers.mapping(
                HttpResponse.BodySubscribers.ofInputStream(), in -> {
                    TrackedBody body = new TrackedBody(info.statusCode(), in);
                    bodies.add(body);
                    return body;
                });

        HttpResponse<TrackedBody> response = http(FAST).send(request("/stream"), tracked);

        assertThat(bodies).extracting(TrackedBody::status).containsExactly(500, 200);
        assertThat(bodies.get(0).closed).as("the 500 retried: its body is closed, freeing its connection").isTrue();
        assertThat(response.body().closed).as("the answer returned is the caller's to read and close").isFalse();
    }

    /** A streamed body that remembers whether it was closed. */
    private static final class TrackedBody implements AutoCloseable {
        private final int status;
        private final java.io.InputStream in;
        private volatile boolean closed;

        TrackedBody(int status, java.io.InputStream in) {
            this.status = status;
            this.in = in;
        }

        int status() {
            return status;
        }

        @Override
        public void close() throws java.io.IOException {
            closed = true;
            in.close();
        }
    }
}
