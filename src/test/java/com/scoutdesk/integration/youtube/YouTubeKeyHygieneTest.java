package com.scoutdesk.integration.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.SecretWitness;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API key travels in the URL, so it is the URL that must not leak: every outcome is provoked at DEBUG, and every
 * log line, every message of every exception's cause chain, the endpoint names of the request counts and the config's
 * toString are searched for the key.
 */
class YouTubeKeyHygieneTest {

    private static final YouTubeFake FAKE = new YouTubeFake();
    @RegisterExtension
    static final WireMockExtension SERVER = FAKE.server();

    @RegisterExtension
    final SecretWitness witness = new SecretWitness();

    @BeforeEach
    void resetFake() {
        FAKE.reset();
    }

    private YouTubeClient client(YouTubeConfig config) {
        return new YouTubeClient(config, new MemoryQuotaStore(), new MutableClock(Instant.parse(
                "2026-12-05T18:00:00Z")), new RecordingSleeper());
    }

    private void provoke(YouTubeClient client, Runnable call) {
        witness.provoke(call);
        client.requestCounts().keySet().forEach(witness::saw);
    }

    @Test
    void theKeyIsInNoLogLineExceptionOrEndpointName() throws IOException {
        YouTubeClient client = client(FAKE.config());
        FAKE.video("nEoNhEaRt5s", 10L, 1L, 1L);
        client.videoStats(List.of("nEoNhEaRt5s"));
        FAKE.searchAnswer(200, "search_mara_vell_neon_hearts.json");
        client.findVideo("Neon Hearts", "Mara Vell");
        client.requestCounts().keySet().forEach(witness::saw);

        // The server echoing the key back in its message must not carry it through either.
        FAKE.videosAnswer(403, "{\"error\":{\"code\":403,\"message\":\"Key " + YouTubeFake.API_KEY
                + " is blocked\",\"errors\":[{\"reason\":\"forbidden\"}]}}");
        provoke(client, () -> client.videoStats(List.of("a")));
        FAKE.videosAnswer(500, "{}");
        provoke(client, () -> client.videoStats(List.of("a")));
        FAKE.videosAnswer(429, "error_429_rateLimitExceeded.json");
        provoke(client, () -> client.videoStats(List.of("a")));
        FAKE.videosAnswer(200, "not json " + YouTubeFake.API_KEY);
        provoke(client, () -> client.videoStats(List.of("a")));
        FAKE.videosAnswer(403, "error_403_quotaExceeded.json");
        provoke(client, () -> client.videoStats(List.of("a")));
        try (ServerSocket socket = new ServerSocket(0)) {
            URI closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
            socket.close();
            YouTubeClient offline = client(FAKE.config().withBaseUrl(closed));
            provoke(offline, () -> offline.videoStats(List.of("a")));
        }
        witness.saw(FAKE.config().toString());

        List<String> lines = witness.logLines();
        assertThat(lines).as("DEBUG logging did capture the requests").anyMatch(line -> line.contains("/videos"));
        assertThat(lines).noneMatch(line -> line.contains(YouTubeFake.API_KEY));
        assertThat(witness.all()).isNotEmpty().noneMatch(text -> text.contains(YouTubeFake.API_KEY));
        assertThat(client.requestCounts()).containsOnlyKeys("videos", "search");
    }
}
