package com.scoutdesk.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Locale;

/**
 * MusicBrainz WS/2 of the benchmark fake, in the shapes of {@code src/test/resources/musicbrainz}: every ISRC has one
 * recording by its own lead artist; the recording's work has one songwriter, drawn from {@value #WRITERS} people so
 * a pass meets some of them twice (the client caches artist pages); every artist has URL relations. As MusicBrainz
 * does, it answers 503 to a request that arrives less than a second after the previous one it served.
 */
final class BenchMusicBrainz extends RateGatedBenchProvider {

    static final int WRITERS = 60;

    BenchMusicBrainz() {
        super("MusicBrainz", "/musicbrainz", 1);
    }

    @Override
    String kind(Request request, String path) {
        String[] parts = path.split("/"); // "", "ws", "2", entity, [id]
        if (parts.length < 4 || !parts[1].equals("ws") || !parts[2].equals("2")) {
            return "other";
        }
        return parts[3].equals("artist") && parts.length == 4 ? "artist-search" : parts[3];
    }

    @Override
    ResponseDefinition refuse(Request request, String path, long nowNanos) {
        return gate.admit(nowNanos).isPresent() ? json(503, object().put("error", "Your requests are exceeding the "
                + "allowable rate limit. Please see http://wiki.musicbrainz.org/XMLWebService for more information."))
                .build() : null;
    }

    @Override
    String limit() {
        return "1 a second (503 to a request less than 1 s after the previous one)";
    }

    @Override
    ResponseDefinition answer(Request request, String path) {
        String kind = kind(request, path);
        String id = path.substring(path.lastIndexOf('/') + 1);
        switch (kind) {
            case "isrc":
                String isrc = id.toUpperCase(Locale.ROOT);
                if (!isrc.matches("[A-Z]{2}[A-Z0-9]{3}\\d{7}")) {
                    return json(400, object().put("error", "Invalid isrc.")).build();
                }
                long seed = SyntheticRegistryIds.seed(isrc);
                ObjectNode answer = object().put("isrc", isrc);
                answer.putArray("recordings").add(recording(seed));
                return json(200, answer).build();
            case "recording":
                long recording = SyntheticRegistryIds.seedOfMbid(id);
                return recording < 0 ? notFound() : json(200, credits(recording)).build();
            case "artist":
                long artist = SyntheticRegistryIds.seedOfMbid(id);
                return artist < 0 ? notFound() : json(200, artist(id, artist)).build();
            case "artist-search":
                ObjectNode none = object().put("created", "2026-12-06T00:00:00.000Z").put("count", 0).put("offset", 0);
                none.putArray("artists");
                return json(200, none).build();
            default:
                return notFound();
        }
    }

    private static ResponseDefinition notFound() {
        return json(404, object().put("error", "Not Found")).build();
    }

    private static ObjectNode recording(long seed) {
        ObjectNode recording = object().put("id", SyntheticRegistryIds.mbid(SyntheticRegistryIds.RECORDING, seed))
                .put("title", "Bench Song " + seed % 10_000).put("length", 180_000 + seed % 60_000)
                .put("video", false).put("disambiguation", "");
        ArrayNode credit = recording.putArray("artist-credit");
        credit.add(person(SyntheticRegistryIds.LEAD, seed).put("joinphrase", ""));
        return recording;
    }

    /** A credit entry: {@code {"name", "artist": {...}}}. */
    private static ObjectNode person(int kind, long seed) {
        String[] name = SyntheticRegistryIds.person(seed);
        ObjectNode entry = object().put("name", name[0] + " " + name[1]);
        entry.putObject("artist").put("id", SyntheticRegistryIds.mbid(kind, seed)).put("name", name[0] + " " + name[1])
                .put("sort-name", name[1] + ", " + name[0]).put("type", "Person").put("disambiguation", "");
        return entry;
    }

    /** The recording look-up: its lead artist, and its work with an ISWC and one songwriter. */
    private static ObjectNode credits(long seed) {
        ObjectNode recording = recording(seed);
        ObjectNode work = object().put("id", SyntheticRegistryIds.mbid(SyntheticRegistryIds.WORK, seed))
                .put("title", "Bench Song " + seed % 10_000).put("type", "Song");
        String iswc = SyntheticRegistryIds.iswc(seed);
        work.putArray("iswcs").add("T-" + iswc.substring(1, 4) + "." + iswc.substring(4, 7) + "."
                + iswc.substring(7, 10) + "-" + iswc.charAt(10));
        long writer = SyntheticRegistryIds.next(seed) % WRITERS;
        ObjectNode byWriter = person(SyntheticRegistryIds.WRITER, writer);
        work.putArray("relations").addObject().put("type", "composer").put("target-type", "artist")
                .put("direction", "backward").set("artist", byWriter.get("artist"));
        ArrayNode relations = recording.putArray("relations");
        relations.addObject().put("type", "performance").put("target-type", "work").put("direction", "forward")
                .set("work", work);
        return recording;
    }

    /** An artist look-up with {@code inc=url-rels}: Instagram, Spotify and a homepage. */
    private static ObjectNode artist(String mbid, long seed) {
        String[] name = SyntheticRegistryIds.person(seed);
        String handle = (name[0] + name[1]).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        ObjectNode artist = object().put("id", mbid).put("name", name[0] + " " + name[1])
                .put("sort-name", name[1] + ", " + name[0]).put("type", "Person").put("country", "GB");
        ArrayNode relations = artist.putArray("relations");
        url(relations, "social network", "https://www.instagram.com/" + handle + "/");
        url(relations, "free streaming", "https://open.spotify.com/artist/" + SyntheticSpotifyIds.artist(seed));
        url(relations, "official homepage", "https://" + handle + ".example.com/");
        return artist;
    }

    private static void url(ArrayNode relations, String type, String resource) {
        ObjectNode relation = relations.addObject().put("type", type).put("target-type", "url")
                .put("direction", "forward").put("ended", false);
        relation.putArray("attributes");
        relation.putObject("url").put("id", "00000000-0000-4000-8000-000000000000").put("resource", resource);
    }
}
