package com.scoutdesk.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Locale;

/**
 * Chartmetric of the benchmark fake, in the shapes of {@code src/test/resources/chartmetric}: a token from the
 * refresh token; every ISRC known, with a Chartmetric id and a YouTube id; a track with moods, activities and
 * songwriters; two-point stream and view histories. Above the configured rate (entry plans: 1 a second) it answers
 * 429 with {@code Retry-After} and Chartmetric's {@code X-RateLimit-*} headers.
 */
final class BenchChartmetric extends RateGatedBenchProvider {

    static final String REFRESH_TOKEN = "bench-cm-refresh-token";
    private static final String TOKEN = "bench-cm-token";
    private static final String[] MOODS = {"Energetic", "Happy", "Melancholic", "Calm", "Dark", "Romantic"};
    private static final String[] ACTIVITIES = {"Party", "Workout", "Study", "Driving", "Sleep"};

    BenchChartmetric(int perSecond) {
        super("Chartmetric", "/chartmetric", perSecond);
    }

    @Override
    String kind(Request request, String path) {
        if (path.equals("/api/token")) {
            return "token";
        }
        if (path.startsWith("/api/track/isrc/")) {
            return "track ids";
        }
        if (path.contains("/spotify/stats/")) {
            return "spotify stream stats";
        }
        if (path.contains("/youtube/stats/")) {
            return "youtube view stats";
        }
        return path.startsWith("/api/track/") ? "track metadata" : "other";
    }

    @Override
    ResponseDefinition refuse(Request request, String path, long nowNanos) {
        var wait = gate.admit(nowNanos);
        if (wait.isEmpty()) {
            return null;
        }
        double reset = System.currentTimeMillis() / 1000.0 + wait.getAsLong() / 1e9;
        return json(429, object().put("error", "Too Many Requests")).withHeader("Retry-After", "1")
                .withHeader("X-RateLimit-Limit", String.valueOf(gate.permits()))
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", reset)).build();
    }

    @Override
    ResponseDefinition answer(Request request, String path) {
        if (path.equals("/api/token")) {
            return REFRESH_TOKEN.equals(body(request).path("refreshtoken").asText())
                    ? json(200, object().put("token", TOKEN).put("expires_in", 3600).put("scope", "api")).build()
                    : json(401, object().put("error", "invalid refresh token")).build();
        }
        if (!TOKEN.equals(bearer(request))) {
            return json(401, object().put("error", "Unauthorized")).build();
        }
        String[] parts = path.split("/"); // "", "api", "track", id or "isrc", ...
        if (parts.length == 6 && parts[3].equals("isrc") && parts[5].equals("get-ids")) {
            return ok(ids(parts[4].toUpperCase(Locale.ROOT)));
        }
        long id;
        try {
            id = parts.length >= 4 ? Long.parseLong(parts[3]) : -1;
        } catch (NumberFormatException e) {
            id = -1;
        }
        if (id < (1L << 48)) {
            return json(404, object().put("error", "Not Found")).build();
        }
        long seed = id & SyntheticRegistryIds.MASK;
        if (parts.length == 4) {
            return ok(track(id, seed));
        }
        boolean spotify = path.contains("/spotify/stats/");
        return ok(series(seed, spotify ? 40_000 : 9_000, spotify ? 1_500 : 400));
    }

    private static ResponseDefinition ok(Object obj) {
        ObjectNode envelope = object();
        envelope.set("obj", (com.fasterxml.jackson.databind.JsonNode) obj);
        return json(200, envelope).build();
    }

    private static ArrayNode ids(String isrc) {
        long seed = SyntheticRegistryIds.seed(isrc);
        ArrayNode obj = array();
        ObjectNode entry = obj.addObject().put("isrc", isrc);
        entry.putArray("chartmetric_ids").add(SyntheticRegistryIds.chartmetricId(seed));
        entry.putArray("spotify_ids").add(SyntheticSpotifyIds.track(seed));
        entry.putArray("youtube_ids").add(SyntheticRegistryIds.youtubeId(seed));
        for (String none : new String[] {"itunes_ids", "deezer_ids", "amazon_ids", "soundcloud_ids", "shazam_ids",
            "tiktok_ids", "beatport_ids", "qq_ids", "genius_ids"}) {
            entry.putArray(none);
        }
        return obj;
    }

    private static ObjectNode track(long id, long seed) {
        ObjectNode track = object().put("id", id).put("name", "Bench Song " + seed % 10_000);
        track.putArray("moods").addObject().put("name", MOODS[(int) (seed % MOODS.length)]);
        track.putArray("activities").addObject().put("name", ACTIVITIES[(int) (seed % ACTIVITIES.length)]);
        String[] writer = SyntheticRegistryIds.person(SyntheticRegistryIds.next(seed));
        track.putArray("songwriters").add(writer[0] + " " + writer[1]);
        track.put("composer_name", writer[0] + " " + writer[1]);
        track.putObject("cm_statistics").put("sp_streams", 10_000 + seed % 5_000_000).put("sp_popularity", 30);
        return track;
    }

    /** One series of two points two days apart. */
    private static ArrayNode series(long seed, long base, long perDay) {
        ArrayNode obj = array();
        ArrayNode data = obj.addObject().put("id", seed % 100_000).putArray("data");
        long first = base + seed % 100_000;
        data.addObject().put("timestp", "2026-12-01T00:00:00.000Z").put("value", first);
        data.addObject().put("timestp", "2026-12-03T00:00:00.000Z").put("value", first + 2 * perDay);
        return obj;
    }
}
