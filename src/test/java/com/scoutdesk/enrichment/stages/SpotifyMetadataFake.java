package com.scoutdesk.enrichment.stages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.scoutdesk.integration.spotify.SpotifyFake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * The tier 1 endpoints of a fake Spotify, in the recorded shapes ({@code src/test/resources/spotify}): batch and single
 * tracks, artists, albums and audio features, in the extended-quota shape (everything) or the development-mode shape
 * (no popularity, label or followers).
 */
final class SpotifyMetadataFake {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final WireMockServer server;
    private final boolean devMode;
    private final int albums;

    SpotifyMetadataFake(WireMockServer server, boolean devMode) {
        this(server, devMode, 10);
    }

    /** @param albums how many distinct albums the tracks share: track n is on album {@code n % albums} */
    SpotifyMetadataFake(WireMockServer server, boolean devMode, int albums) {
        this.server = server;
        this.devMode = devMode;
        this.albums = albums;
        new SpotifyFake(server, server.port()).token();
    }

    static String trackId(int n) {
        return String.format("TrackId%015d", n);
    }

    /** Five lead artists and ten albums shared among the tracks, as on a real playlist. */
    static String artistId(int n) {
        return String.format("ArtistId%014d", n % 5);
    }

    static String albumId(int n) {
        return albumId(n, 10);
    }

    static String albumId(int n, int albums) {
        return String.format("AlbumId%015d", n % albums);
    }

    /** Track {@code n} with popularity {@code n % 40} (track 40 has a real 0) unless in development mode. */
    ObjectNode track(int n) {
        ObjectNode track = (ObjectNode) read("track.json");
        track.put("id", trackId(n));
        track.put("name", "Song " + n);
        ((ObjectNode) track.get("external_ids")).put("isrc", String.format("QZES826%05d", n));
        ((ObjectNode) track.get("artists").get(0)).put("id", artistId(n));
        ((ObjectNode) track.get("album")).put("id", albumId(n, albums));
        if (!devMode) {
            track.put("popularity", n % 40);
        }
        return track;
    }

    ObjectNode artist(String id) {
        ObjectNode artist = (ObjectNode) read("metadata/artist.json");
        artist.put("id", id);
        if (devMode) {
            artist.remove("followers");
            artist.remove("popularity");
        }
        return artist;
    }

    ObjectNode album() {
        ObjectNode album = (ObjectNode) read("metadata/album.json");
        if (devMode) {
            album.remove("label");
            album.remove("popularity");
        }
        return album;
    }

    ObjectNode audioFeatures(String trackId) {
        return ((ObjectNode) read("metadata/audio-features.json")).put("id", trackId);
    }

    /** {@code GET /v1/tracks?ids=} for exactly these tracks, wrapped as {@code {"tracks":[...]}}. */
    void severalTracks(List<Integer> tracks) {
        batch("/v1/tracks", "tracks", tracks.stream().map(SpotifyMetadataFake::trackId).toList(),
                id -> track(Integer.parseInt(id.substring(7))));
    }

    void severalArtists(List<String> ids) {
        batch("/v1/artists", "artists", ids, this::artist);
    }

    /** {@code GET /v1/albums?ids=} for exactly these albums, wrapped as {@code {"albums":[...]}}. */
    void severalAlbums(List<String> ids) {
        batch("/v1/albums", "albums", ids, id -> album().put("id", id));
    }

    void severalAudioFeatures(List<Integer> tracks) {
        batch("/v1/audio-features", "audio_features", tracks.stream().map(SpotifyMetadataFake::trackId).toList(),
                this::audioFeatures);
    }

    /** Single look-ups for tracks 1..count, every artist and every album. */
    void singles(int count) {
        for (int n = 1; n <= count; n++) {
            server.stubFor(get("/v1/tracks/" + trackId(n)).willReturn(json(200, track(n).toString())));
        }
        for (int a = 0; a < 5; a++) {
            String id = artistId(a);
            server.stubFor(get("/v1/artists/" + id).willReturn(json(200, artist(id).toString())));
        }
        server.stubFor(get(urlPathMatching("/v1/albums/[A-Za-z0-9]{22}")).willReturn(json(200, album().toString())));
    }

    /** Every batch endpoint answers 403, as for a development-mode app since February 2026. */
    void batchesRemoved() {
        for (String path : List.of("/v1/tracks", "/v1/artists", "/v1/albums", "/v1/audio-features")) {
            server.stubFor(get(urlPathEqualTo(path)).willReturn(SpotifyFake.error(403, "Forbidden")));
        }
    }

    private void batch(String path, String key, List<String> ids, Function<String, ObjectNode> entry) {
        ObjectNode body = NODES.objectNode();
        ArrayNode array = body.putArray(key);
        ids.forEach(id -> array.add(entry.apply(id)));
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam("ids", equalTo(String.join(",", ids)))
                .willReturn(json(200, body.toString())));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("Cache-Control", "private, max-age=0").withBody(body);
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String name) {
        try (InputStream in = SpotifyMetadataFake.class.getResourceAsStream("/spotify/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource spotify/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
