package com.scoutdesk.integration.spotify;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.integration.spotify.SpotifyFake.Shape;
import com.scoutdesk.testing.SecretWitness;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client secret (and the Basic credentials made from it) must not reach the scout's screen or the log: every
 * failure the client can produce is provoked, with the fake even echoing the secret back, and every exception message
 * in the cause chain plus every log line at DEBUG is searched for it.
 */
class SecretHygieneTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String ID = "2Ns8MJxZfRvR2ZdMZ8ZTe8";
    private static final String BASIC = Base64.getEncoder().encodeToString(
            (SpotifyFake.CLIENT_ID + ":" + SpotifyFake.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));

    private final SpotifyFake fake = new SpotifyFake(SERVER, SERVER.getPort());
    @RegisterExtension
    final SecretWitness witness = new SecretWitness();

    private SpotifyApiClient client() {
        return new SpotifyApiClient(fake.config(), Clock.systemUTC(), new RecordingSleeper());
    }

    private void provoke(Runnable call) {
        witness.provoke(call);
        SERVER.resetAll();
    }

    @Test
    void theSecretAppearsInNoMessageAndNoLogLine() throws IOException {
        SERVER.stubFor(post("/api/token").willReturn(SpotifyFake.json(400, "{\"error\":\"invalid_client\","
                + "\"error_description\":\"Invalid client secret " + SpotifyFake.CLIENT_SECRET + "\"}")));
        provoke(() -> client().playlist(ID));

        SERVER.stubFor(post("/api/token").willReturn(SpotifyFake.json(500, "{\"error\":\"server_error\"}")));
        provoke(() -> client().playlist(ID));

        SERVER.stubFor(post("/api/token").willReturn(SpotifyFake.json(200,
                "{\"access_token\": " + SpotifyFake.CLIENT_SECRET + "}")));
        provoke(() -> client().playlist(ID));

        SERVER.stubFor(post("/api/token").willReturn(SpotifyFake.json(403, "{\"error\":\"unauthorized_client\","
                + "\"error_description\":\"" + BASIC + " / " + SpotifyFake.CLIENT_SECRET + "\"}")));
        provoke(() -> client().playlist(ID));

        fake.token();
        SERVER.stubFor(get("/v1/playlists/" + ID).willReturn(SpotifyFake.error(401, "Invalid access token")));
        provoke(() -> client().playlist(ID));

        fake.token();
        fake.playlist(ID, 3, Shape.ITEMS);
        SERVER.stubFor(get(urlPathEqualTo("/v1/playlists/" + ID + "/items"))
                .willReturn(SpotifyFake.error(403, "Forbidden")));
        provoke(() -> client().playlistItems(ID));

        fake.token();
        SERVER.stubFor(get("/v1/playlists/" + ID).willReturn(SpotifyFake.json(200, "{ not json")));
        provoke(() -> client().playlist(ID));

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort);
        provoke(() -> new SpotifyApiClient(fake.config().withUrls(nowhere, nowhere)).playlist(ID));

        witness.saw(fake.config().toString());
        List<String> seen = witness.all();

        assertThat(seen).hasSizeGreaterThan(8);
        assertThat(seen).noneSatisfy(text -> assertThat(text).contains(SpotifyFake.CLIENT_SECRET));
        assertThat(seen).noneSatisfy(text -> assertThat(text).contains(BASIC));
        assertThat(String.join("\n", seen)).contains("***", "SPOTIFY_CLIENT_SECRET");
    }
}
