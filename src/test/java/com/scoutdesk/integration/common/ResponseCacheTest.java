package com.scoutdesk.integration.common;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The response cache and the User-Agent, as {@link ProviderHttp} applies them against a real HTTP server. */
class ResponseCacheTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final AtomicLong nanos = new AtomicLong();
    private ProviderHttp http;

    @BeforeEach
    void setUp() {
        SERVER.stubFor(get("/v1/tracks/a").willReturn(aResponse().withStatus(200).withBody("{\"id\":\"a\"}")));
        SERVER.stubFor(get("/v1/tracks/missing").willReturn(aResponse().withStatus(404)));
        SERVER.stubFor(get("/v1/playlists/p").willReturn(aResponse().withStatus(200).withBody("{\"id\":\"p\"}")));
        ResponseCache cache = ResponseCache.of(1_000_000, List.of(
                ResponseCache.Kind.path("track", "/v1/tracks", Duration.ofHours(1)),
                ResponseCache.Kind.path("playlist", "/v1/playlists", Duration.ZERO)), nanos::get);
        http = new ProviderHttp(Provider.SPOTIFY_API, HttpPolicy.of(100, Duration.ofSeconds(30)), Clock.systemUTC(),
                new RecordingSleeper(), response -> false, cache);
    }

    private static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SERVER.getPort() + path)).build();
    }

    @Test
    void aSecondAskForTheSameTrackCostsNoRequestUntilItsTimeIsUp() {
        assertThat(http.send(request("/v1/tracks/a")).body()).isEqualTo("{\"id\":\"a\"}");
        nanos.addAndGet(Duration.ofMinutes(59).toNanos());
        var again = http.send(request("/v1/tracks/a"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("{\"id\":\"a\"}");
        SERVER.verify(1, getRequestedFor(urlEqualTo("/v1/tracks/a")));
        assertThat(http.requestCount()).isEqualTo(1);
        assertThat(http.cache().stats().hitCount()).isEqualTo(1);

        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        http.send(request("/v1/tracks/a"));
        SERVER.verify(2, getRequestedFor(urlEqualTo("/v1/tracks/a")));
    }

    @Test
    void playlistsAndErrorsAreNeverReused() {
        http.send(request("/v1/playlists/p"));
        http.send(request("/v1/playlists/p"));
        http.send(request("/v1/tracks/missing"));
        var second = http.send(request("/v1/tracks/missing"));

        assertThat(second.statusCode()).isEqualTo(404);
        SERVER.verify(2, getRequestedFor(urlEqualTo("/v1/playlists/p")));
        SERVER.verify(2, getRequestedFor(urlEqualTo("/v1/tracks/missing")));
        assertThat(http.cache().stats().hitCount()).isZero();
    }

    @Test
    void everyRequestSaysWhoIsAsking() {
        http.send(request("/v1/playlists/p"));

        SERVER.verify(getRequestedFor(urlEqualTo("/v1/playlists/p"))
                .withHeader("User-Agent", matching("ScoutDesk/\\S+ \\( https://\\S+ \\)")));
    }
}
