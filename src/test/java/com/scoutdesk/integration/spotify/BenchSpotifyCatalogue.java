package com.scoutdesk.integration.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.scoutdesk.bench.SyntheticSpotifyIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The benchmark fake's catalogue: an answer for any valid id, derived from the id alone, in the recorded shapes of
 * {@code src/test/resources/spotify}. Every track has an ISRC, a lead artist from a pool of {@value #ARTISTS} and an
 * album from a pool of {@value #ALBUMS}, so batch look-ups share artists and albums as a real chart does.
 */
final class BenchSpotifyCatalogue {

    static final int ARTISTS = 1_000;
    static final int ALBUMS = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final JsonNode trackTemplate = parse("track.json");
    private final JsonNode artistTemplate = parse("metadata/artist.json");
    private final JsonNode albumTemplate = parse("metadata/album.json");
    private final JsonNode featuresTemplate = parse("metadata/audio-features.json");

    ObjectNode track(String id) {
        long h = hash(id);
        ObjectNode track = trackTemplate.deepCopy();
        track.put("id", id);
        track.put("name", "Bench Track " + id.substring(0, 6));
        track.put("uri", "spotify:track:" + id);
        track.put("href", "https://api.spotify.com/v1/tracks/" + id);
        ((ObjectNode) track.get("external_urls")).put("spotify", "https://open.spotify.com/track/" + id);
        track.put("duration_ms", 120_000 + Math.floorMod(h, 180_000));
        track.put("popularity", Math.floorMod(h >>> 8, 101));
        ((ObjectNode) track.get("external_ids")).put("isrc", isrc(h));
        ArrayNode artists = track.putArray("artists");
        artists.add(artistRef(SyntheticSpotifyIds.artist(Math.floorMod(h >>> 16, ARTISTS))));
        ObjectNode album = (ObjectNode) track.get("album");
        String albumId = SyntheticSpotifyIds.album(Math.floorMod(h >>> 24, ALBUMS));
        album.put("id", albumId);
        album.put("name", "Bench Album " + albumId.substring(0, 6));
        album.put("uri", "spotify:album:" + albumId);
        album.put("href", "https://api.spotify.com/v1/albums/" + albumId);
        album.put("release_date", String.format("2026-%02d-%02d", 1 + Math.floorMod(h >>> 32, 12),
                1 + Math.floorMod(h >>> 40, 28)));
        album.set("artists", artists.deepCopy());
        return track;
    }

    ObjectNode artist(String id) {
        long h = hash(id);
        ObjectNode artist = artistTemplate.deepCopy();
        artist.put("id", id);
        artist.put("name", "Bench Artist " + id.substring(0, 6));
        artist.put("uri", "spotify:artist:" + id);
        artist.put("href", "https://api.spotify.com/v1/artists/" + id);
        ((ObjectNode) artist.get("followers")).put("total", Math.floorMod(h, 2_000_000));
        artist.put("popularity", Math.floorMod(h >>> 8, 101));
        return artist;
    }

    ObjectNode album(String id) {
        long h = hash(id);
        ObjectNode album = albumTemplate.deepCopy();
        album.put("id", id);
        album.put("name", "Bench Album " + id.substring(0, 6));
        album.put("label", "Bench Label " + Math.floorMod(h, 300));
        album.put("uri", "spotify:album:" + id);
        album.put("href", "https://api.spotify.com/v1/albums/" + id);
        return album;
    }

    ObjectNode audioFeatures(String trackId) {
        long h = hash(trackId);
        ObjectNode features = featuresTemplate.deepCopy();
        features.put("id", trackId);
        features.put("uri", "spotify:track:" + trackId);
        features.put("track_href", "https://api.spotify.com/v1/tracks/" + trackId);
        features.put("analysis_url", "https://api.spotify.com/v1/audio-analysis/" + trackId);
        features.put("energy", Math.floorMod(h, 1000) / 1000.0);
        features.put("tempo", 70 + Math.floorMod(h >>> 10, 110));
        return features;
    }

    /** {@code {"tracks":[...]}}, {@code {"artists":[...]}} and so on: one entry per id, in order. */
    ObjectNode several(String key, List<String> ids, java.util.function.Function<String, ObjectNode> entry) {
        ObjectNode body = NODES.objectNode();
        ArrayNode array = body.putArray(key);
        ids.forEach(id -> array.add(entry.apply(id)));
        return body;
    }

    /** A page of one track, as {@code GET /v1/search?type=track} answers. */
    ObjectNode search(String query) {
        ObjectNode tracks = NODES.objectNode();
        tracks.put("href", "https://api.spotify.com/v1/search?offset=0&limit=10&type=track");
        tracks.putArray("items").add(track(SyntheticSpotifyIds.track(Math.floorMod(hash(query), 1_000_000))));
        tracks.put("limit", 10);
        tracks.putNull("next");
        tracks.put("offset", 0);
        tracks.putNull("previous");
        tracks.put("total", 1);
        ObjectNode body = NODES.objectNode();
        body.set("tracks", tracks);
        return body;
    }

    private static ObjectNode artistRef(String id) {
        ObjectNode ref = NODES.objectNode();
        ref.putObject("external_urls").put("spotify", "https://open.spotify.com/artist/" + id);
        ref.put("href", "https://api.spotify.com/v1/artists/" + id);
        ref.put("id", id);
        ref.put("name", "Bench Artist " + id.substring(0, 6));
        ref.put("type", "artist");
        ref.put("uri", "spotify:artist:" + id);
        return ref;
    }

    /** CC-XXX-YY-NNNNN: country QZ, a registrant code and designation code derived from the id. */
    private static String isrc(long h) {
        StringBuilder isrc = new StringBuilder("QZ");
        long rest = h >>> 1;
        for (int i = 0; i < 3; i++) {
            isrc.append(ALNUM.charAt((int) (rest % ALNUM.length())));
            rest /= ALNUM.length();
        }
        return isrc.append("26").append(String.format("%05d", rest % 100_000)).toString();
    }

    private static long hash(String text) {
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static JsonNode parse(String name) {
        try {
            return JSON.readTree(SpotifyFake.resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
