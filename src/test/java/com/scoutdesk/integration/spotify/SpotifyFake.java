package com.scoutdesk.integration.spotify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.scoutdesk.integration.common.HttpPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A fake Spotify (accounts and Web API) on a WireMock server, answering with the shapes of the real service (see
 * {@code src/test/resources/spotify}): token, playlist metadata in the 2024 and 2026 shapes, and paged playlist items
 * under {@code /tracks} ({@code track}) or {@code /items} ({@code item}).
 */
public final class SpotifyFake {

    /** Where the items are served and under which key. */
    public enum Shape {
        /** 2026: {@code /items}, {@code items[].item}. */
        ITEMS("items", "item"),
        /** Before 2026: {@code /tracks}, {@code items[].track}; {@code /items} answers 404 as for an older app. */
        TRACKS("tracks", "track");

        final String endpoint;
        final String key;

        Shape(String endpoint, String key) {
            this.endpoint = endpoint;
            this.key = key;
        }
    }

    public static final String CLIENT_ID = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    public static final String CLIENT_SECRET = "s3cr3t5ecretV4lueThatMustNeverLeak";
    static final String TOKEN = "BQD-fake-access-token-for-tests-only_1";
    static final Instant FIRST_ADDED = Instant.parse("2026-01-05T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Stubbing server;
    private final String baseUrl;

    /** @param server a WireMock server or JUnit extension listening on 127.0.0.1:{@code port} */
    public SpotifyFake(Stubbing server, int port) {
        this.server = server;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** Where the fake listens, e.g. {@code http://127.0.0.1:41933}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** A config aimed at this fake, retrying fast so tests of 5xx take milliseconds. */
    SpotifyApiConfig config() {
        URI base = URI.create(baseUrl);
        return SpotifyApiConfig.of(CLIENT_ID, CLIENT_SECRET).withUrls(base, base)
                .withHttp(HttpPolicy.of(1_000, Duration.ofSeconds(1))
                        .withRetries(3, Duration.ofMillis(1), Duration.ofMillis(5)));
    }

    public void token() {
        server.stubFor(post("/api/token").willReturn(json(200, resource("token.json"))));
    }

    /** Metadata of a playlist with {@code total} items, in the 2024 ({@code tracks}) or 2026 ({@code items}) shape. */
    void playlist(String id, int total, Shape shape) {
        String body = resource(shape == Shape.ITEMS ? "playlist-2026.json" : "playlist-2024.json")
                .replace("PLAYLIST_ID", id);
        ObjectNode playlist = (ObjectNode) parse(body);
        ((ObjectNode) playlist.get(shape == Shape.ITEMS ? "items" : "tracks")).put("total", total);
        server.stubFor(get("/v1/playlists/" + id).willReturn(json(200, playlist.toString())));
    }

    /** Serves {@code items} page by page, 100 a page, as Spotify does; an empty playlist still has one page. */
    void items(String id, List<ObjectNode> items, Shape shape) {
        int pages = Math.max(1, (items.size() + 99) / 100);
        for (int page = 0; page < pages; page++) {
            int offset = page * 100;
            ObjectNode body = page(id, shape, items.subList(offset, Math.min(items.size(), offset + 100)), offset,
                    items.size());
            server.stubFor(get(urlPathEqualTo("/v1/playlists/" + id + "/" + shape.endpoint))
                    .withQueryParam("offset", equalTo(String.valueOf(offset)))
                    .withQueryParam("limit", equalTo("100"))
                    .willReturn(json(200, body.toString())));
        }
        if (shape == Shape.TRACKS) {
            server.stubFor(get(urlPathEqualTo("/v1/playlists/" + id + "/items"))
                    .willReturn(error(404, "Service not found")));
        }
    }

    /** A playlist of {@code count} generated tracks, metadata and items, in one shape. */
    public void fullPlaylist(String id, int count, Shape shape) {
        playlist(id, count, shape);
        items(id, IntStream.rangeClosed(1, count).mapToObj(n -> item(shape, track(n), n)).toList(), shape);
    }

    static ObjectNode page(String id, Shape shape, List<ObjectNode> items, int offset, int total) {
        String href = "https://api.spotify.com/v1/playlists/" + id + "/" + shape.endpoint;
        ObjectNode page = NODES.objectNode();
        page.put("href", href + "?offset=" + offset + "&limit=100");
        ArrayNode array = page.putArray("items");
        items.forEach(array::add);
        page.put("limit", 100);
        page.put("next", offset + 100 < total ? href + "?offset=" + (offset + 100) + "&limit=100" : null);
        page.put("offset", offset);
        page.put("previous", offset == 0 ? null : href + "?offset=" + Math.max(0, offset - 100) + "&limit=100");
        page.put("total", total);
        return page;
    }

    /** Track number {@code n}: id {@code TrackId000...n}, ISRC written as {@code qz-es8-26-0000n} (not canonical). */
    static ObjectNode track(int n) {
        ObjectNode track = (ObjectNode) read("track.json");
        String id = trackId(n);
        track.put("id", id);
        track.put("name", "Song " + n);
        track.put("uri", "spotify:track:" + id);
        track.put("href", "https://api.spotify.com/v1/tracks/" + id);
        ((ObjectNode) track.get("external_ids")).put("isrc", String.format("qz-es8-26-%05d", n));
        return track;
    }

    public static String trackId(int n) {
        return String.format("TrackId%015d", n);
    }

    static String isrc(int n) {
        return String.format("QZES826%05d", n);
    }

    /** A playlist item added {@code n} hours after {@link #FIRST_ADDED}; {@code content} may be null. */
    static ObjectNode item(Shape shape, ObjectNode content, int n) {
        ObjectNode item = NODES.objectNode();
        item.put("added_at", FIRST_ADDED.plus(Duration.ofHours(n)).toString());
        ObjectNode addedBy = item.putObject("added_by");
        addedBy.put("id", "lenacurates").put("type", "user").put("uri", "spotify:user:lenacurates");
        item.put("is_local", content != null && content.path("is_local").asBoolean(false));
        item.put("primary_color", (String) null);
        item.set(shape.key, content == null ? NODES.nullNode() : content);
        return item;
    }

    static ObjectNode localTrack() {
        return (ObjectNode) read("local-track.json");
    }

    static ObjectNode episode() {
        return (ObjectNode) read("episode.json");
    }

    /** Spotify's Web API error body. */
    public static ResponseDefinitionBuilder error(int status, String message) {
        return json(status, "{\"error\":{\"status\":" + status + ",\"message\":\"" + message + "\"}}");
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        // Spotify's own caching headers: a caching client could serve repeats from cache; ours must not.
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("Cache-Control", "private, max-age=0").withBody(body);
    }

    static String resource(String name) {
        try (InputStream in = SpotifyFake.class.getResourceAsStream("/spotify/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource spotify/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String name) {
        return parse(resource(name));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
