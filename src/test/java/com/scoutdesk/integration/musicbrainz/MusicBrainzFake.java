package com.scoutdesk.integration.musicbrainz;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

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
 * A fake MusicBrainz WS/2 on a WireMock server, answering with compact JSON in the shapes of the recorded answers
 * (see {@code src/test/resources/musicbrainz}): an ISRC with one recording of "Neon Hearts" by Mara Vell, the
 * recording with its work's writers, three artists with their URL relations, and two artist searches.
 */
public final class MusicBrainzFake {

    public static final String CONTACT = "scout@example.com";
    public static final String ISRC = "GBQZX2600001";
    public static final String RECORDING = "0a9d3f12-5e6b-4c7d-8e9f-1a2b3c4d5e6f";
    public static final String MARA = "1f9df192-a621-4f54-8850-2c5373b7eac9";
    public static final String SAM = "6e0c7c0e-cba5-4c8d-9d16-0a2b5b5e3b11";
    public static final String JO = "9c2e5a3f-4b7d-4d0e-8a55-3f1a6c0b7d22";
    /** Kim Fader, the person (sound engineer), as the artist search rule picks her. */
    public static final String KIM = "4a4a4a4a-1111-4222-8333-944444444442";
    /** Lia Moor, a songwriter MusicBrainz knows but whose works it does not list: one sure hit for her name. */
    public static final String LIA = "7d7d7d7d-2222-4333-8444-955555555551";

    private final Stubbing server;
    private final String baseUrl;

    public MusicBrainzFake(Stubbing server, int port) {
        this.server = server;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A config aimed at this fake: the real 1 request/s, 5xx retried in milliseconds. */
    public MusicBrainzConfig config() {
        return new MusicBrainzConfig(URI.create(baseUrl), CONTACT, HttpPolicy.of(1, Duration.ofSeconds(1))
                .withRetries(3, Duration.ofMillis(1), Duration.ofMillis(5)));
    }

    /** The whole catalogue: the ISRC, the recording, the four writers' pages and the three searches. */
    public void catalogue() {
        server.stubFor(get(urlPathEqualTo("/ws/2/isrc/" + ISRC)).willReturn(json(200, resource("isrc_" + ISRC))));
        server.stubFor(get(urlPathEqualTo("/ws/2/recording/" + RECORDING))
                .willReturn(json(200, resource("recording_" + RECORDING))));
        for (String artist : new String[] {MARA, SAM, JO, LIA}) {
            server.stubFor(get(urlPathEqualTo("/ws/2/artist/" + artist))
                    .willReturn(json(200, resource("artist_" + artist))));
        }
        search("Kim Fader", "artist_search_kim_fader");
        search("Nobody", "artist_search_nobody");
        search("Lia Moor", "artist_search_lia_moor");
    }

    /** Every other ISRC is unknown: 404 with MusicBrainz's error body. */
    public void unknownIsrcs() {
        server.stubFor(get(urlPathMatching("/ws/2/isrc/.*"))
                .atPriority(10).willReturn(json(404, resource("error_404"))));
    }

    private void search(String name, String file) {
        server.stubFor(get(urlPathEqualTo("/ws/2/artist"))
                .withQueryParam("query", equalTo("artist:\"" + name + "\""))
                .willReturn(json(200, resource(file))));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }

    /** The rate limiter's answer, with or without a {@code Retry-After}. */
    static ResponseDefinitionBuilder slowDown(Integer retryAfterSeconds) {
        ResponseDefinitionBuilder response = json(503, resource("error_503"));
        return retryAfterSeconds == null ? response
                : response.withHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }

    static String resource(String name) {
        try (InputStream in = MusicBrainzFake.class.getResourceAsStream("/musicbrainz/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
