package com.scoutdesk.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Locale;

/**
 * The MLC Public Search API of the benchmark fake, in the shapes of {@code src/test/resources/mlc}: a login giving the
 * idToken the data endpoints take; every ISRC matched to one recording whose work has one or two writers (with IPIs)
 * and, mostly, a publisher. The MLC publishes no rate, so the fake allows a configured number a second and answers
 * 429 above it.
 */
final class BenchMlc extends RateGatedBenchProvider {

    static final String USERNAME = "bench-scout";
    static final String PASSWORD = "bench-mlc-password";
    private static final String ID_TOKEN = "bench-mlc-id-token";

    BenchMlc(int perSecond) {
        super("The MLC", "/mlc", perSecond);
    }

    @Override
    String kind(Request request, String path) {
        if (path.equals("/oauth/token")) {
            return "login";
        }
        if (path.equals("/search/recordings")) {
            return "recordings";
        }
        return path.startsWith("/work/id/") ? "work" : path.equals("/search/songcode") ? "songcode" : "other";
    }

    @Override
    ResponseDefinition refuse(Request request, String path, long nowNanos) {
        return gate.admit(nowNanos).isPresent() ? json(429, object().put("message", "Too Many Requests"))
                .withHeader("Retry-After", "1").build() : null;
    }

    @Override
    ResponseDefinition answer(Request request, String path) {
        if (path.equals("/oauth/token")) {
            boolean known = USERNAME.equals(body(request).path("username").asText())
                    && PASSWORD.equals(body(request).path("password").asText());
            return known ? json(200, object().put("accessToken", "bench-mlc-access").put("idToken", ID_TOKEN)
                    .put("refreshToken", "bench-mlc-refresh").put("tokenType", "Bearer").put("expiresIn", "3600"))
                    .build() : json(401, object().put("error", "invalid_grant")).build();
        }
        if (!ID_TOKEN.equals(bearer(request))) {
            return json(401, object().put("message", "Unauthorized")).build();
        }
        if (path.equals("/search/recordings")) {
            String isrc = body(request).path("isrc").asText("").toUpperCase(Locale.ROOT);
            long seed = SyntheticRegistryIds.seed(isrc);
            ArrayNode found = array();
            found.addObject().put("id", "R-" + seed).put("isrc", isrc).put("title", "BENCH SONG " + seed % 10_000)
                    .put("artist", "BENCH ARTIST").put("labels", "Bench Records")
                    .put("mlcsongCode", SyntheticRegistryIds.songCode(seed));
            return json(200, found).build();
        }
        if (path.startsWith("/work/id/")) {
            long seed = SyntheticRegistryIds.seedOfSongCode(path.substring("/work/id/".length()));
            return seed < 0 ? json(404, object().put("message", "Not Found")).build() : json(200, work(seed)).build();
        }
        if (path.equals("/search/songcode")) {
            return json(200, array()).build();
        }
        return json(404, object().put("message", "Not Found")).build();
    }

    /** One or two writers; three works in four have a publisher collecting 100 %. */
    private static ObjectNode work(long seed) {
        ObjectNode work = object().put("mlcSongCode", SyntheticRegistryIds.songCode(seed))
                .put("primaryTitle", "BENCH SONG " + seed % 10_000).put("iswc", SyntheticRegistryIds.iswc(seed))
                .put("artists", "BENCH ARTIST");
        ArrayNode writers = work.putArray("writers");
        long writer = seed;
        for (int i = 0; i < 1 + seed % 2; i++) {
            writer = SyntheticRegistryIds.next(writer);
            String[] name = SyntheticRegistryIds.person(writer);
            writers.addObject().put("writerId", "W-" + writer).put("writerFirstName", name[0].toUpperCase(Locale.ROOT))
                    .put("writerLastName", name[1].toUpperCase(Locale.ROOT))
                    .put("writerIPI", SyntheticRegistryIds.ipi(writer)).put("writerRoleCode", i == 0 ? "CA" : "C");
        }
        ArrayNode publishers = work.putArray("publishers");
        if (seed % 4 != 0) {
            ObjectNode p = publishers.addObject().put("publisherId", "P-" + seed % 50)
                    .put("publisherName", "BENCH PUBLISHING " + seed % 50)
                    .put("publisherIpiNumber", SyntheticRegistryIds.ipi(seed % 50 + 1)).put("publisherRoleCode", "E")
                    .put("collectionShare", 100.0).put("mlcPublisherNumber", "P" + seed % 50);
            p.putArray("administrators");
            p.putArray("parentPublishers");
        }
        work.putArray("akas");
        return work;
    }
}
