package com.scoutdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The registry benchmark fake itself: it must refuse a client that goes too fast, or its "0 rejected" means nothing,
 * and answer the same ISRC the same way.
 */
class BenchRegistryServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(BenchRegistryServer fake, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(BenchRegistryServer fake, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void musicBrainzAnswers503ToARequestWithinASecondOfThePreviousOneAndTheSameIsrcTheSameWay() throws Exception {
        try (BenchRegistryServer fake = new BenchRegistryServer(0, 2, 1, 10).start()) {
            HttpResponse<String> first = get(fake, "/musicbrainz/ws/2/isrc/QZBNC2600001?inc=artist-credits", null);
            HttpResponse<String> second = get(fake, "/musicbrainz/ws/2/isrc/QZBNC2600001?inc=artist-credits", null);

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("\"isrc\":\"QZBNC2600001\"").contains("\"artist-credit\":[");
            assertThat(second.statusCode()).isEqualTo(503);
            Thread.sleep(1_000); // the fake's rule is about real time; nothing to inject into a server
            assertThat(get(fake, "/musicbrainz/ws/2/isrc/QZBNC2600001", null).body()).isEqualTo(first.body());
            assertThat(fake.rejected()).isEqualTo(1);
            assertThat(fake.counts("MusicBrainz")).containsEntry("isrc", 3L);
        }
    }

    @Test
    void chartmetricAndTheMlcAnswer429AboveTheirRateAndYouTubeQuotaExceededOnceItsUnitsAreSpent() throws Exception {
        try (BenchRegistryServer fake = new BenchRegistryServer(0, 2, 1, 2).start()) {
            assertThat(post(fake, "/chartmetric/api/token", "{\"refreshtoken\":\"" + BenchChartmetric.REFRESH_TOKEN
                    + "\"}").body()).contains("\"token\":\"bench-cm-token\"");
            HttpResponse<String> tooFast = get(fake, "/chartmetric/api/track/isrc/QZBNC2600001/get-ids",
                    "bench-cm-token");
            assertThat(tooFast.statusCode()).isEqualTo(429);
            assertThat(tooFast.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");

            String login = "{\"username\":\"" + BenchMlc.USERNAME + "\",\"password\":\"" + BenchMlc.PASSWORD + "\"}";
            assertThat(post(fake, "/mlc/oauth/token", login).statusCode()).isEqualTo(200);
            assertThat(post(fake, "/mlc/oauth/token", login).statusCode()).isEqualTo(200);
            assertThat(post(fake, "/mlc/oauth/token", login).statusCode()).as("a third within the second")
                    .isEqualTo(429);

            String videos = "/youtube/youtube/v3/videos?part=statistics&id=abcdefghijk&key=" + BenchYouTube.API_KEY;
            assertThat(get(fake, videos, null).body()).contains("\"viewCount\":");
            assertThat(get(fake, videos, null).statusCode()).isEqualTo(200);
            HttpResponse<String> spent = get(fake, videos, null);
            assertThat(spent.statusCode()).isEqualTo(403);
            assertThat(spent.body()).contains("quotaExceeded");
            assertThat(fake.rejected()).isEqualTo(3);
        }
    }

    @Test
    void dataEndpointsRefuseAWrongToken() throws Exception {
        try (BenchRegistryServer fake = new BenchRegistryServer(0, 100, 100, 10).start()) {
            assertThat(get(fake, "/chartmetric/api/track/" + SyntheticRegistryIds.chartmetricId(7), "other")
                    .statusCode()).isEqualTo(401);
            assertThat(get(fake, "/mlc/work/id/" + SyntheticRegistryIds.songCode(7), "other").statusCode())
                    .isEqualTo(401);
            assertThat(get(fake, "/youtube/youtube/v3/videos?part=statistics&id=abcdefghijk&key=wrong", null)
                    .statusCode()).isEqualTo(400);
        }
    }
}
