package com.scoutdesk.integration.spotify;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.ConnectionResult;
import com.scoutdesk.integration.common.ConnectionResult.Verdict;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.testing.MutableClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code testConnection()}: one token request, and a verdict for each way it can go. */
class SpotifyConnectionTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final SpotifyFake fake = new SpotifyFake(SERVER, SERVER.getPort());

    private ConnectionResult test(SpotifyApiConfig config) {
        return new SpotifyApiClient(config, new MutableClock(Instant.parse("2026-10-01T12:00:00Z")),
                new RecordingSleeper()).testConnection();
    }

    @Test
    void acceptedCredentialsAreOkAfterOneTokenRequest() {
        fake.token();
        ConnectionResult result = test(fake.config());
        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        SERVER.verify(1, postRequestedFor(urlEqualTo("/api/token"))
                .withBasicAuth(new BasicCredentials(SpotifyFake.CLIENT_ID, SpotifyFake.CLIENT_SECRET)));
    }

    @Test
    void invalidClientIsBadCredentialsWithoutTheSecret() {
        SERVER.stubFor(post("/api/token").willReturn(SpotifyFake.json(400,
                "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client secret\"}")));
        ConnectionResult result = test(fake.config());
        assertThat(result.verdict()).isEqualTo(Verdict.BAD_CREDENTIALS);
        assertThat(result.detail()).contains("not accepted").doesNotContain(SpotifyFake.CLIENT_SECRET);
    }

    @Test
    void aLongRateLimitIsRateLimitedAndAClosedPortOffline() throws IOException {
        SERVER.stubFor(post("/api/token").willReturn(SpotifyFake.json(429, "{}").withHeader("Retry-After",
                "86400")));
        assertThat(test(fake.config()).verdict()).isEqualTo(Verdict.RATE_LIMITED);

        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closed);
        assertThat(test(fake.config().withUrls(nowhere, nowhere)).verdict()).isEqualTo(Verdict.OFFLINE);
    }
}
