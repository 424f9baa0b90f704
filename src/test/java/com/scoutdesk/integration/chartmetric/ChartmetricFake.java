package com.scoutdesk.integration.chartmetric;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.scoutdesk.integration.common.HttpPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A fake Chartmetric on a WireMock server, answering in the shapes of {@code src/test/resources/chartmetric}: token,
 * ISRC to ids, track metadata and the two stat histories. Data calls answer only the token it issued.
 */
public final class ChartmetricFake {

    public static final String REFRESH_TOKEN = "cm-refresh-5ecretThatMustNeverLeak";
    public static final String ACCESS_TOKEN = "cm-access-token-1";
    public static final String ISRC = "QZES82600001";
    public static final long CM_ID = 88812345L;

    private final Stubbing server;
    private final String baseUrl;

    public ChartmetricFake(Stubbing server, int port) {
        this.server = server;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** A config aimed at this fake: no real limit (the limiter's waits would pollute recorded sleeps), fast retries. */
    public ChartmetricConfig config() {
        return new ChartmetricConfig(URI.create(baseUrl), REFRESH_TOKEN, 1_000,
                HttpPolicy.of(1_000, Duration.ofSeconds(1)).withRetries(2, Duration.ofMillis(1), Duration.ofMillis(2))
                        .withRetryAfter(Duration.ofSeconds(60), Duration.ofSeconds(2), 3));
    }

    /** {@code POST /api/token} with our refresh token gives {@code token}; any other is refused. */
    public void token(String token) {
        server.stubFor(post("/api/token").willReturn(json(401, resource("error-token.json"))));
        server.stubFor(post("/api/token").withRequestBody(equalToJson("{\"refreshtoken\":\"" + REFRESH_TOKEN + "\"}"))
                .willReturn(json(200, resource("token.json").replace("TOKEN_VALUE", token))));
    }

    /** The whole track: ids, metadata, both histories, for {@link #ISRC} / {@link #CM_ID}. */
    public void track() {
        stub(idsPath(ISRC), 200, resource("get-ids.json"));
        stub(trackPath(CM_ID), 200, resource("track.json"));
        stub(spotifyPath(CM_ID), 200, resource("spotify-streams.json"));
        stub(youtubePath(CM_ID), 200, resource("youtube-views.json"));
    }

    /** {@code get-ids} of {@code isrc} answering {@code obj: []}. */
    public void unknownIsrc(String isrc) {
        stub(idsPath(isrc), 200, resource("get-ids-empty.json"));
    }

    /** Answers {@code path} with {@code status} and {@code body}, for the data token only. */
    public void stub(String path, int status, String body) {
        server.stubFor(get(urlPathEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .willReturn(json(status, body)));
    }

    public int tokenCalls() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/api/token"))).size();
    }

    public int calls(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    public static String idsPath(String isrc) {
        return "/api/track/isrc/" + isrc + "/get-ids";
    }

    public static String trackPath(long id) {
        return "/api/track/" + id;
    }

    public static String spotifyPath(long id) {
        return "/api/track/" + id + "/spotify/stats/most-history";
    }

    public static String youtubePath(long id) {
        return "/api/track/" + id + "/youtube/stats/most-history";
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }

    public static String resource(String name) {
        try (InputStream in = ChartmetricFake.class.getResourceAsStream("/chartmetric/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource chartmetric/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
