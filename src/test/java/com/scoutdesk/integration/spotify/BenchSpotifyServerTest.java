package com.scoutdesk.integration.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.bench.SyntheticSpotifyIds;
import com.scoutdesk.testing.RollingWindowGate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The benchmark fake itself: it must catch a client that breaks the limit, or its "0 violations" means nothing. */
class BenchSpotifyServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(BenchSpotifyServer fake, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theGateAdmitsRInAnyRollingWindowAndNoMore() {
        RollingWindowGate gate = new RollingWindowGate(3, Duration.ofSeconds(30));
        long s = 1_000_000_000L;
        assertThat(gate.admit(0)).isEmpty();
        assertThat(gate.admit(10 * s)).isEmpty();
        assertThat(gate.admit(20 * s)).isEmpty();
        assertThat(gate.admit(29 * s)).as("4th within 30 s of the 1st").hasValue(s);
        assertThat(gate.admit(30 * s)).as("the 1st has left the window").isEmpty();
        assertThat(gate.admit(39 * s)).as("still 3 in (9 s, 39 s]").hasValue(s);
        assertThat(gate.violations()).isEqualTo(2);
        assertThat(gate.peak()).isEqualTo(3);
    }

    @Test
    void answersAnyIdDeterministicallyAndAnswers429WithRetryAfterOverTheLimit() throws Exception {
        try (BenchSpotifyServer fake = new BenchSpotifyServer(0, 2, Duration.ofSeconds(30), false).start()) {
            String id = SyntheticSpotifyIds.track(42);
            HttpResponse<String> first = get(fake, "/v1/tracks/" + id);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("\"id\":\"" + id + "\"").containsPattern("\"isrc\":\"QZ[A-Z0-9]{3}26");
            assertThat(get(fake, "/v1/tracks?ids=" + id + "," + SyntheticSpotifyIds.track(43)).body())
                    .startsWith("{\"tracks\":[").contains(SyntheticSpotifyIds.track(43));

            HttpResponse<String> third = get(fake, "/v1/tracks/" + id);
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                    assertThat(Integer.parseInt(v)).isBetween(1, 30));
            assertThat(fake.violations()).isEqualTo(1);
            assertThat(fake.counts()).containsEntry("track", 2L).containsEntry("several-tracks", 1L);
        }
    }

    @Test
    void singleModeClosesEveryBatchEndpoint() throws Exception {
        try (BenchSpotifyServer fake = new BenchSpotifyServer(0, 100, Duration.ofSeconds(30), true).start()) {
            String ids = SyntheticSpotifyIds.track(1) + "," + SyntheticSpotifyIds.track(2);
            for (String path : new String[] {"/v1/tracks?ids=", "/v1/artists?ids=", "/v1/albums?ids=",
                "/v1/audio-features?ids="}) {
                assertThat(get(fake, path + ids).statusCode()).as(path).isEqualTo(403);
            }
            assertThat(get(fake, "/v1/albums/" + SyntheticSpotifyIds.album(3)).body()).contains("\"label\":");
        }
    }
}
