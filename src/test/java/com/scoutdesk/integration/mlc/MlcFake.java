package com.scoutdesk.integration.mlc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
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
 * A fake MLC Public Search API on a WireMock server, answering in the documented shapes (see
 * {@code src/test/resources/mlc}). Like the real one, its data endpoints take only the login's {@code idToken} as
 * Bearer token: any other answers 401, the access token included.
 */
public final class MlcFake {

    public static final String USERNAME = "scout@example.com";
    public static final String PASSWORD = "Pa55-w0rd-that-must-never-leak";
    /** The idToken of {@code login.json}. */
    public static final String ID_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzY291dGRlc2sifQ.fake-id-token-1";
    /** The accessToken of {@code login.json}, which the data endpoints reject. */
    public static final String ACCESS_TOKEN = "mlc-opaque-access-token-REJECTED-by-data-endpoints";

    private final Stubbing server;
    private final String baseUrl;

    /** @param server a WireMock server or JUnit extension listening on 127.0.0.1:{@code port} */
    public MlcFake(Stubbing server, int port) {
        this.server = server;
        this.baseUrl = "http://127.0.0.1:" + port;
        // Lowest priority: whatever no stub with the right token answers is refused, as the API does.
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(json(401, "{\"message\":\"Unauthorized\"}")));
    }

    /** A config aimed at this fake, retrying fast so tests of 5xx take milliseconds. */
    public MlcConfig config() {
        return new MlcConfig(URI.create(baseUrl), USERNAME, PASSWORD, HttpPolicy.of(1_000, Duration.ofSeconds(1))
                .withRetries(3, Duration.ofMillis(1), Duration.ofMillis(5)));
    }

    /** Logins with the right user name and password get {@code login.json}; wrong ones a 401 with an error body. */
    public void login() {
        server.stubFor(post("/oauth/token").atPriority(5).willReturn(json(401, resource("login-refused.json"))));
        server.stubFor(post("/oauth/token").atPriority(1)
                .withRequestBody(equalToJson("{\"username\":\"" + USERNAME + "\",\"password\":\"" + PASSWORD + "\"}"))
                .willReturn(json(200, resource("login.json"))));
    }

    /** {@code POST /search/recordings {"isrc"}} answers {@code fixture} (a JSON array). */
    public void recordings(String isrc, String fixture) {
        server.stubFor(authorised(post("/search/recordings")
                .withRequestBody(equalToJson("{\"isrc\":\"" + isrc + "\"}")))
                .willReturn(json(200, resource(fixture))));
    }

    /** The ISRC is matched to no recording: an empty array. */
    public void noRecordings(String isrc) {
        server.stubFor(authorised(post("/search/recordings")
                .withRequestBody(equalToJson("{\"isrc\":\"" + isrc + "\"}")))
                .willReturn(json(200, "[]")));
    }

    /** {@code GET /work/id/{code}} answers {@code fixture}. */
    public void work(String code, String fixture) {
        server.stubFor(authorised(get(urlPathEqualTo("/work/id/" + code))).willReturn(json(200, resource(fixture))));
    }

    /** {@code POST /search/songcode} answers {@code fixture} whatever the title and writers. */
    public void songcodeSearch(String fixture) {
        server.stubFor(authorised(post("/search/songcode")).willReturn(json(200, resource(fixture))));
    }

    /** Stubs {@code mapping} for requests carrying the idToken. */
    public MappingBuilder authorised(MappingBuilder mapping) {
        return mapping.atPriority(3).withHeader("Authorization", equalTo("Bearer " + ID_TOKEN));
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    public static String resource(String name) {
        try (InputStream in = MlcFake.class.getResourceAsStream("/mlc/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource /mlc/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
