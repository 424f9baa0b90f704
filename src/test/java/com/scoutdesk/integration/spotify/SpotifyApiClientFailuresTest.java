package com.scoutdesk.integration.spotify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.integration.common.ServerErrorException;
import com.scoutdesk.integration.common.UnavailableException.Reason;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.integration.spotify.SpotifyFake.Shape;
import com.scoutdesk.testing.MutableClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every way Spotify says no, and what the scout's caller gets back. */
class SpotifyApiClientFailuresTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String ID = "5mVPL3N1yqE0cDgXH1F2rd";
    private static final String PATH = "/v1/playlists/" + ID;
    private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");

    private final SpotifyFake fake = new SpotifyFake(SERVER, SERVER.getPort());
    private final MutableClock clock = new MutableClock(NOW);
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private SpotifyApiClient client() {
        return new SpotifyApiClient(fake.config(), clock, sleeper);
    }

    /** Answers {@code first} once, then {@code then}; the request is built twice since builders are mutable. */
    private static void firstThen(Supplier<MappingBuilder> request, ResponseDefinitionBuilder first,
                                  ResponseDefinitionBuilder then) {
        SERVER.stubFor(request.get().inScenario("s").whenScenarioStateIs(STARTED).willReturn(first)
                .willSetStateTo("2"));
        SERVER.stubFor(request.get().inScenario("s").whenScenarioStateIs("2").willReturn(then));
    }

    private static String playlistJson() {
        return SpotifyFake.resource("playlist-2026.json").replace("PLAYLIST_ID", ID);
    }

    @Test
    void waitsOutA429WithRetryAfterOneSecondAndSucceeds() {
        fake.token();
        firstThen(() -> get(PATH), SpotifyFake.error(429, "API rate limit exceeded").withHeader("Retry-After", "1"),
                SpotifyFake.json(200, playlistJson()));

        assertThat(client().playlist(ID).name()).isEqualTo("Scout picks W40");
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
        SERVER.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void failsWithRetryAtWhenRetryAfterIsAboveTheCap() {
        fake.token();
        SERVER.stubFor(get(PATH).willReturn(SpotifyFake.error(429, "API rate limit exceeded")
                .withHeader("Retry-After", "1")));
        SpotifyApiClient client = new SpotifyApiClient(fake.config().withHttp(fake.config().http()
                .withRetryAfter(Duration.ofMillis(500), Duration.ofSeconds(5), 3)), clock, sleeper);

        assertThatThrownBy(() -> client.playlist(ID)).isInstanceOfSatisfying(RateLimitedException.class, e -> {
            assertThat(e.retryAt()).isEqualTo(NOW.plusSeconds(1));
            assertThat(e.quotaExceeded()).isFalse();
        });
        assertThat(sleeper.waits()).isEmpty();
        SERVER.verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void quotaExceededIsNeverRetried() {
        fake.token();
        SERVER.stubFor(get(PATH).willReturn(SpotifyFake.json(429,
                "{\"error\":{\"status\":429,\"message\":\"Too many requests\",\"reason\":\"QUOTA_EXCEEDED\"}}")
                .withHeader("Retry-After", "1")));

        assertThatThrownBy(() -> client().playlist(ID)).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.quotaExceeded()).isTrue());
        assertThat(sleeper.waits()).isEmpty();
        SERVER.verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void retriesA500AndSucceeds() {
        fake.token();
        firstThen(() -> get(PATH), SpotifyFake.error(500, "Server error"), SpotifyFake.json(200, playlistJson()));

        assertThat(client().playlist(ID).ownerId()).isEqualTo("scoutdeskdemo");
        SERVER.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void repeated503BecomesServerErrorAfterTheRetries() {
        fake.token();
        SERVER.stubFor(get(PATH).willReturn(SpotifyFake.error(503, "Service unavailable")));

        assertThatThrownBy(() -> client().playlist(ID)).isInstanceOfSatisfying(ServerErrorException.class,
                e -> assertThat(e.httpStatus()).isEqualTo(503));
        SERVER.verify(3, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void reauthenticatesOnceWhenTheTokenIsRejected() {
        firstThen(() -> post("/api/token"), SpotifyFake.json(200, tokenJson("first-token", 3600)),
                SpotifyFake.json(200, tokenJson("second-token", 3600)));
        SERVER.stubFor(get(PATH).withHeader("Authorization", equalTo("Bearer first-token"))
                .willReturn(SpotifyFake.error(401, "The access token expired")));
        SERVER.stubFor(get(PATH).withHeader("Authorization", equalTo("Bearer second-token"))
                .willReturn(SpotifyFake.json(200, playlistJson())));

        assertThat(client().playlist(ID).spotifyId()).isEqualTo(ID);
        SERVER.verify(2, postRequestedFor(urlEqualTo("/api/token")));
        SERVER.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void reusesTheTokenUntilShortlyBeforeItExpires() {
        fake.token();
        SERVER.stubFor(get(PATH).willReturn(SpotifyFake.json(200, playlistJson())));
        SpotifyApiClient client = client();

        client.playlist(ID);
        clock.advance(Duration.ofMinutes(58));
        client.playlist(ID);
        SERVER.verify(1, postRequestedFor(urlEqualTo("/api/token")));

        clock.advance(Duration.ofMinutes(1));
        client.playlist(ID);
        SERVER.verify(2, postRequestedFor(urlEqualTo("/api/token")));
    }

    @Test
    void sendsClientCredentialsAsBasicAuthAndAForm() {
        fake.token();
        SERVER.stubFor(get(PATH).willReturn(SpotifyFake.json(200, playlistJson())));

        client().playlist(ID);

        SERVER.verify(postRequestedFor(urlEqualTo("/api/token"))
                .withBasicAuth(new BasicCredentials(SpotifyFake.CLIENT_ID,
                        SpotifyFake.CLIENT_SECRET))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials")));
        SERVER.verify(getRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + SpotifyFake.TOKEN)));
    }

    @Test
    void invalidClientTellsTheScoutWhichSettingsToCheck() {
        SERVER.stubFor(post("/api/token").willReturn(SpotifyFake.json(400,
                "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client\"}")));

        assertThatThrownBy(() -> client().playlist(ID)).isInstanceOfSatisfying(ClientErrorException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.getMessage()).contains("SPOTIFY_CLIENT_ID", "SPOTIFY_CLIENT_SECRET", "Invalid client");
        });
        SERVER.verify(1, postRequestedFor(urlEqualTo("/api/token")));
        SERVER.verify(0, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void forbiddenItemsAreNotAllowedForThisApp() {
        fake.token();
        fake.playlist(ID, 10, Shape.ITEMS);
        SERVER.stubFor(get(urlPathEqualTo(PATH + "/items")).willReturn(SpotifyFake.error(403, "Forbidden")));

        assertThatThrownBy(() -> client().playlistItems(ID)).isInstanceOfSatisfying(UnavailableException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED);
            assertThat(e.httpStatus()).isEqualTo(403);
            assertThat(e.getMessage()).contains("web player");
        });
        SERVER.verify(0, getRequestedFor(urlPathEqualTo(PATH + "/tracks")));
    }

    @Test
    void editorialPlaylistsAreNotFoundForNewApps() {
        String editorial = "37i9dQZF1DXcBWIGoYBM5M";
        fake.token();
        SERVER.stubFor(get("/v1/playlists/" + editorial).willReturn(SpotifyFake.error(404, "Resource not found")));

        assertThatThrownBy(() -> client().playlistItems(editorial))
                .isInstanceOfSatisfying(UnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("editorial");
                });
        SERVER.verify(0, getRequestedFor(urlPathEqualTo("/v1/playlists/" + editorial + "/items")));
    }

    @Test
    void aPlaylistGoneFromBothEndpointsIsNotFound() {
        fake.token();
        fake.playlist(ID, 10, Shape.ITEMS);
        SERVER.stubFor(get(urlPathEqualTo(PATH + "/items")).willReturn(SpotifyFake.error(404, "Not found")));
        SERVER.stubFor(get(urlPathEqualTo(PATH + "/tracks")).willReturn(SpotifyFake.error(404, "Not found")));

        assertThatThrownBy(() -> client().playlistItems(ID)).isInstanceOfSatisfying(UnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void otherClientErrorsAreClientErrors() {
        fake.token();
        SERVER.stubFor(get(PATH).willReturn(SpotifyFake.error(400, "Invalid limit")));

        assertThatThrownBy(() -> client().playlist(ID)).isInstanceOfSatisfying(ClientErrorException.class,
                e -> assertThat(e.getMessage()).contains("Invalid limit"));
        SERVER.verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void anAnswerWithoutRetryAfterFallsBackToTheDefault() {
        fake.token();
        firstThen(() -> get(PATH), aResponse().withStatus(429), SpotifyFake.json(200, playlistJson()));

        client().playlist(ID);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void nothingListeningIsOffline() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort);
        SpotifyApiClient client = new SpotifyApiClient(fake.config().withUrls(nowhere, nowhere), clock, sleeper);

        assertThatThrownBy(() -> client.playlistItems(ID)).isInstanceOf(OfflineException.class)
                .hasMessageContaining("cannot be reached");
        assertThat(client.requestCount()).isEqualTo(3);
    }

    private static String tokenJson(String token, int expiresIn) {
        return "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}";
    }
}
