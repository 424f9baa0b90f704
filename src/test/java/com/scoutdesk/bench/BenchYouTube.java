package com.scoutdesk.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The YouTube Data API of the benchmark fake, in the shapes of {@code src/test/resources/youtube}: videos.list gives
 * counts for every well-formed id, search.list one video titled as the query. Google publishes no burst rate, so the
 * fake counts quota as Google does: a unit of the day's pool per videos.list call, a call of search's own bucket of
 * 100 per search, and {@code quotaExceeded} once either is spent.
 */
final class BenchYouTube extends BenchProvider {

    static final String API_KEY = "bench-youtube-key";
    static final int SEARCHES_A_DAY = 100;

    private final int dailyUnits;
    private final AtomicLong units = new AtomicLong();
    private final AtomicLong searches = new AtomicLong();

    BenchYouTube(int dailyUnits) {
        super("YouTube", "/youtube");
        this.dailyUnits = dailyUnits;
    }

    @Override
    String kind(Request request, String path) {
        return path.equals("/youtube/v3/videos") ? "videos" : path.equals("/youtube/v3/search") ? "search" : "other";
    }

    @Override
    ResponseDefinition refuse(Request request, String path, long nowNanos) {
        boolean search = path.equals("/youtube/v3/search");
        long spent = search ? searches.incrementAndGet() : units.incrementAndGet();
        if (spent <= (search ? SEARCHES_A_DAY : dailyUnits)) {
            return null;
        }
        ObjectNode error = object();
        ObjectNode inner = error.putObject("error").put("code", 403).put("message", "The request cannot be completed "
                + "because you have exceeded your quota.");
        inner.putArray("errors").addObject().put("message", "quota").put("domain", "youtube.quota")
                .put("reason", "quotaExceeded");
        return json(403, error).build();
    }

    @Override
    String limit() {
        return String.format("quota: %,d of %,d units, %d of %d searches spent", units.get(), dailyUnits,
                searches.get(), SEARCHES_A_DAY);
    }

    @Override
    ResponseDefinition answer(Request request, String path) {
        if (!API_KEY.equals(param(request, "key"))) {
            ObjectNode error = object();
            error.putObject("error").put("code", 400).put("message", "API key not valid.").putArray("errors")
                    .addObject().put("reason", "keyInvalid").put("domain", "usageLimits");
            return json(400, error).build();
        }
        ArrayNode items = array();
        ObjectNode answer = object();
        if (kind(request, path).equals("videos")) {
            answer.put("kind", "youtube#videoListResponse");
            for (String id : param(request, "id").split(",")) {
                if (id.matches("[A-Za-z0-9_-]{11}")) {
                    long seed = SyntheticRegistryIds.seed(id);
                    items.addObject().put("kind", "youtube#video").put("id", id).putObject("statistics")
                            .put("viewCount", String.valueOf(1_000 + seed % 5_000_000))
                            .put("likeCount", String.valueOf(seed % 50_000)).put("favoriteCount", "0")
                            .put("commentCount", String.valueOf(seed % 2_000));
                }
            }
        } else if (kind(request, path).equals("search")) {
            answer.put("kind", "youtube#searchListResponse");
            String q = param(request, "q");
            ObjectNode hit = items.addObject().put("kind", "youtube#searchResult");
            hit.putObject("id").put("kind", "youtube#video")
                    .put("videoId", SyntheticRegistryIds.youtubeId(SyntheticRegistryIds.seed(q)));
            hit.putObject("snippet").put("title", q + " (Official Video)").put("channelTitle", q);
        } else {
            return json(404, object().put("error", "Not Found")).build();
        }
        answer.set("items", items);
        answer.putObject("pageInfo").put("totalResults", items.size()).put("resultsPerPage", items.size());
        return json(200, answer).build();
    }

    private static String param(Request request, String name) {
        QueryParameter p = request.queryParameter(name);
        return p.isPresent() ? p.firstValue() : "";
    }
}
