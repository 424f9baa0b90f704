package com.scoutdesk.integration.mlc;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.BadCredentialsException;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.ConnectionResult;
import com.scoutdesk.integration.common.HttpPolicy;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.model.id.Isrc;
import com.scoutdesk.testing.MutableClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every way The MLC says no, and what the caller gets back; no secret in any message. */
class MlcClientFailuresTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final Isrc ISRC = Isrc.parse("QZES82600001");

    final MlcFake fake = new MlcFake(SERVER, SERVER.getPort());
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    final RecordingSleeper sleeper = new RecordingSleeper();

    MlcClient client() {
        return new MlcClient(fake.config(), clock, sleeper);
    }

    @Test
    void aRefusedLoginIsBadCredentialsWithTheServersReasonAndNoPassword() {
        SERVER.stubFor(post("/oauth/token").atPriority(1).willReturn(MlcFake.json(401,
                MlcFake.resource("login-refused.json"))));

        assertThatThrownBy(() -> client().recordingsByIsrc(ISRC)).isInstanceOf(BadCredentialsException.class)
                .hasMessageContaining("Wrong email or password").hasMessageNotContaining(MlcFake.PASSWORD);
    }

    @Test
    void aTokenRefusedTwiceIsBadCredentialsAfterExactlyOneNewLogin() {
        fake.login();
        SERVER.stubFor(post("/search/recordings").atPriority(1).willReturn(MlcFake.json(401, "{}")));

        assertThatThrownBy(() -> client().recordingsByIsrc(ISRC)).isInstanceOf(BadCredentialsException.class)
                .hasMessageContaining("The MLC refused the credentials");
        SERVER.verify(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
        SERVER.verify(2, postRequestedFor(urlPathEqualTo("/search/recordings")));
    }

    @Test
    void testConnectionLogsInAndTellsBadCredentialsApart() {
        fake.login();
        assertThat(client().testConnection().verdict()).isEqualTo(ConnectionResult.Verdict.OK);

        MlcConfig wrong = new MlcConfig(fake.config().baseUrl(), MlcFake.USERNAME, "not-the-password",
                fake.config().http());
        ConnectionResult result = new MlcClient(wrong, clock, sleeper).testConnection();
        assertThat(result.verdict()).isEqualTo(ConnectionResult.Verdict.BAD_CREDENTIALS);
        assertThat(result.detail()).doesNotContain("not-the-password");
    }

    @Test
    void a429IsWaitedOutAsRetryAfterAsks() {
        fake.login();
        fake.recordings(ISRC.value(), "recordings-neon-hearts.json");
        SERVER.stubFor(post("/search/recordings").atPriority(1).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(MlcFake.json(429, "{\"message\":\"Too Many Requests\"}").withHeader("Retry-After", "2"))
                .willSetStateTo("calm"));

        assertThat(client().recordingsByIsrc(ISRC)).hasSize(1);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aLongRetryAfterIsRateLimitedForTheCallerToDefer() {
        fake.login();
        SERVER.stubFor(post("/search/recordings").atPriority(1).willReturn(MlcFake.json(429, "{}")
                .withHeader("Retry-After", "3600")));

        assertThatThrownBy(() -> client().recordingsByIsrc(ISRC)).isInstanceOf(RateLimitedException.class)
                .satisfies(e -> assertThat(((RateLimitedException) e).retryAt())
                        .isEqualTo(clock.instant().plusSeconds(3600)));
    }

    @Test
    void malformedJsonIsAChangedShape() {
        fake.login();
        SERVER.stubFor(fake.authorised(get(urlPathEqualTo("/work/id/NB7K2Q")))
                .willReturn(MlcFake.json(200, "{\"mlcSongCode\":\"NB7K2Q\",\"writers\":")));
        SERVER.stubFor(fake.authorised(post("/search/recordings")).atPriority(2)
                .willReturn(MlcFake.json(200, "{\"not\":\"an array\"}")));

        assertThatThrownBy(() -> client().work("NB7K2Q")).isInstanceOf(ChangedShapeException.class)
                .hasMessageContaining("work");
        assertThatThrownBy(() -> client().recordingsByIsrc(ISRC)).isInstanceOf(ChangedShapeException.class)
                .hasMessageContaining("recording search");
    }

    @Test
    void aLoginWithoutIdTokenIsAChangedShapeThatQuotesNoToken() {
        SERVER.stubFor(post("/oauth/token").atPriority(1).willReturn(MlcFake.json(200,
                "{\"accessToken\":\"secret-access\",\"expiresIn\":\"3600\"}")));

        assertThatThrownBy(() -> client().recordingsByIsrc(ISRC)).isInstanceOf(ChangedShapeException.class)
                .hasMessageContaining("idToken").hasMessageNotContaining("secret-access");
    }

    @Test
    void aRefusedConnectionIsOffline() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        MlcConfig closed = new MlcConfig(URI.create("http://127.0.0.1:" + port), MlcFake.USERNAME, MlcFake.PASSWORD,
                HttpPolicy.of(1_000, Duration.ofSeconds(1)).withRetries(2, Duration.ofMillis(1),
                        Duration.ofMillis(2)));

        assertThatThrownBy(() -> new MlcClient(closed, clock, sleeper).recordingsByIsrc(ISRC))
                .isInstanceOf(OfflineException.class);
    }

    @Test
    void theConfigNeverPrintsThePassword() {
        assertThat(fake.config().toString()).contains(MlcFake.USERNAME).doesNotContain(MlcFake.PASSWORD);
    }
}
