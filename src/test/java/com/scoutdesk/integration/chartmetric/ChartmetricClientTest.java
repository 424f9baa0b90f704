package com.scoutdesk.integration.chartmetric;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.BadCredentialsException;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.ConnectionResult;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.testing.MutableClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against a fake Chartmetric: what it reads, and how it fails. */
class ChartmetricClientTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private final ChartmetricFake fake = new ChartmetricFake(SERVER, SERVER.getPort());
    private final MutableClock clock = new MutableClock(NOW);
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private ChartmetricClient client() {
        return new ChartmetricClient(fake.config(), new MemoryCapabilityStore(), clock, sleeper);
    }

    @Test
    void readsIdsTrackAndHistoriesWithOneToken() {
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        fake.track();
        ChartmetricClient client = client();

        ChartmetricIds ids = client.trackIds("qzes82600001").orElseThrow();
        ChartmetricTrack track = client.track(ids.chartmetricId()).orElseThrow();
        StatSeries streams = client.spotifyStreams(ids.chartmetricId()).orElseThrow();
        StatSeries views = client.youtubeViews(ids.chartmetricId()).orElseThrow();

        assertThat(ids.chartmetricId()).isEqualTo(ChartmetricFake.CM_ID);
        assertThat(ids.spotifyIds()).containsExactly("4uLU6hMCjMI75M1A2tKUQC", "0b3kJ4pYx8f3b6a1tNQwz2");
        assertThat(ids.youtubeIds()).containsExactly("dQw4w9WgXcQ");
        assertThat(track.name()).isEqualTo("Neon Hearts");
        assertThat(track.moods()).containsExactly("Energetic", "Happy");
        assertThat(track.activities()).containsExactly("Party", "Workout");
        assertThat(track.songwriters()).containsExactly("Mara Vell", "Jonas Brandt");
        assertThat(track.composers()).containsExactly("Mara Vell", "Jonas Brandt");
        assertThat(track.spotifyStreams()).isEqualTo(48_210L);
        // The single (44,000) beats the album version (1,500); its null point is a gap.
        assertThat(streams.latest()).isEqualTo(new StatSeries.Point(Instant.parse("2026-11-21T00:00:00Z"), 44_000));
        assertThat(streams.perDay()).isEqualTo(2_000.0);
        assertThat(views.latest().value()).isEqualTo(10_000);
        assertThat(views.perDay()).isEqualTo(500.0);
        assertThat(fake.tokenCalls()).isEqualTo(1);
        SERVER.verify(getRequestedFor(urlEqualTo(ChartmetricFake.spotifyPath(ChartmetricFake.CM_ID)
                + "?type=streams")));
        SERVER.verify(getRequestedFor(urlEqualTo(ChartmetricFake.youtubePath(ChartmetricFake.CM_ID)
                + "?type=views")));
        assertThat(client.requestCounts()).containsEntry("token", 1L).containsEntry("track ids", 1L)
                .containsEntry("track metadata", 1L).containsEntry("spotify stream stats", 1L)
                .containsEntry("youtube view stats", 1L);
    }

    @Test
    void sparseTrackHasEmptyListsAndNoStreams() {
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        fake.stub(ChartmetricFake.trackPath(7), 200, ChartmetricFake.resource("track-sparse.json"));

        ChartmetricTrack track = client().track(7).orElseThrow();

        assertThat(track.moods()).isEmpty();
        assertThat(track.songwriters()).isEmpty();
        assertThat(track.composers()).isEmpty();
        assertThat(track.spotifyStreams()).isNull();
    }

    @Test
    void anEmptyListOrA404IsNotFound() {
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        fake.unknownIsrc("QZES82699999");
        fake.stub(ChartmetricFake.idsPath("QZES82600404"), 404, "{\"error\":\"not found\"}");
        ChartmetricClient client = client();

        assertThat(client.trackIds("QZES82699999")).isEmpty();
        assertThat(client.trackIds("QZES82600404")).isEmpty();
    }

    @Test
    void aRefusedRefreshTokenIsBadCredentialsAndNeverQuoted() {
        SERVER.stubFor(post("/api/token")
                .willReturn(ChartmetricFake.json(401, "{\"error\":\"bad token " + ChartmetricFake.REFRESH_TOKEN
                        + "\"}")));
        ChartmetricClient client = client();

        assertThatThrownBy(() -> client.trackIds(ChartmetricFake.ISRC)).isInstanceOf(BadCredentialsException.class)
                .hasMessageContaining("CHARTMETRIC_REFRESH_TOKEN")
                .hasMessageNotContaining(ChartmetricFake.REFRESH_TOKEN);
        ConnectionResult tested = client.testConnection();
        assertThat(tested.verdict()).isEqualTo(ConnectionResult.Verdict.BAD_CREDENTIALS);
        assertThat(tested.detail()).doesNotContain(ChartmetricFake.REFRESH_TOKEN);
        assertThat(fake.calls(ChartmetricFake.idsPath(ChartmetricFake.ISRC))).isZero();
    }

    @Test
    void testConnectionMintsAToken() {
        fake.token(ChartmetricFake.ACCESS_TOKEN);

        assertThat(client().testConnection().verdict()).isEqualTo(ConnectionResult.Verdict.OK);
        assertThat(fake.tokenCalls()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsAChangedShape() {
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        fake.stub(ChartmetricFake.trackPath(1), 200, "{\"obj\": {\"id\": 1, \"name\": ");
        fake.stub(ChartmetricFake.trackPath(2), 200, "{\"data\": {\"id\": 2}}");
        fake.stub(ChartmetricFake.spotifyPath(3), 200, "{\"obj\": [{\"data\": [{\"timestp\": \"yesterday\","
                + " \"value\": 5}]}]}");
        ChartmetricClient client = client();

        assertThatThrownBy(() -> client.track(1)).isInstanceOf(ChangedShapeException.class);
        assertThatThrownBy(() -> client.track(2)).isInstanceOf(ChangedShapeException.class)
                .hasMessageContaining("obj");
        assertThatThrownBy(() -> client.spotifyStreams(3)).isInstanceOf(ChangedShapeException.class);
    }

    @Test
    void aMalformedTokenAnswerIsAChangedShapeWithoutTheBody() {
        SERVER.stubFor(post("/api/token")
                .willReturn(ChartmetricFake.json(200, "{\"token\": \"half-a-tok")));

        assertThatThrownBy(() -> client().trackIds(ChartmetricFake.ISRC)).isInstanceOf(ChangedShapeException.class)
                .hasMessageNotContaining("half-a-tok");
    }

    @Test
    void aRefusedConnectionIsOffline() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ChartmetricClient client = new ChartmetricClient(fake.config().withBaseUrl(URI.create("http://127.0.0.1:"
                + port)), new MemoryCapabilityStore(), clock, sleeper);

        assertThatThrownBy(() -> client.trackIds(ChartmetricFake.ISRC)).isInstanceOf(OfflineException.class);
        assertThat(client.testConnection().verdict()).isEqualTo(ConnectionResult.Verdict.OFFLINE);
    }

    @Test
    void theConfigHidesTheRefreshToken() {
        assertThat(fake.config().toString()).doesNotContain(ChartmetricFake.REFRESH_TOKEN).contains("***");
    }
}
