package com.scoutdesk.integration.youtube;

import com.scoutdesk.integration.common.ConnectionResult;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.ProviderHttp;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.ResponseCache;
import com.scoutdesk.integration.common.Sleeper;
import com.scoutdesk.integration.youtube.YouTubeQuota.Bucket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The YouTube Data API v3 as ScoutDesk uses it: a video's public counts (videos.list, 50 ids a call, 1 unit) and,
 * sparingly, finding a track's video (search.list, its own bucket of 100 calls a day since 2026-06). Every call
 * goes through one {@link ProviderHttp} and a local quota ledger kept per Pacific day; a spent bucket throws
 * {@link RateLimitedException} (quota) until the next midnight in Los Angeles without sending anything.
 *
 * <p>The API key travels as {@code key=} in the query string, which is why the URL is never logged whole
 * (ProviderHttp redacts it), requests are counted by endpoint name only, and nothing is cached by URL.
 * Thread-safe; share one per workspace.
 */
public final class YouTubeClient {

    /** The enrichment lane of every stage that calls this client. */
    public static final String LANE = "youtube";
    /** Ids per videos.list call: common practice; Google's page does not state a limit for {@code id}. */
    public static final int MAX_IDS_PER_CALL = 50;
    static final int SEARCH_RESULTS = 5;
    /** A public video whose counts are public (Google Developers), for {@link #testConnection()}. */
    static final String TEST_VIDEO = "D-lhorsDlUQ";
    private static final String API = "/youtube/v3/";

    private final YouTubeConfig config;
    private final ProviderHttp http;
    private final YouTubeQuota quota;
    private final Clock clock;

    /** A client on the real clock that really sleeps. */
    public YouTubeClient(YouTubeConfig config, QuotaStore store) {
        this(config, store, Clock.systemUTC(), Sleeper.system());
    }

    /** A client with an injected clock (the Pacific day, "until when") and sleeper (rate limiter, 429 waits). */
    public YouTubeClient(YouTubeConfig config, QuotaStore store, Clock clock, Sleeper sleeper) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.quota = new YouTubeQuota(store, clock, config.dailyUnits(), YouTubeConfig.SEARCH_CALLS_PER_DAY);
        this.http = new ProviderHttp(Provider.YOUTUBE, config.http(), clock, sleeper, YouTubeErrors::isQuotaExceeded,
                ResponseCache.none(), YouTubeClient::endpointOf);
    }

    /**
     * The counts of these videos, by id, in the order asked for; ids YouTube does not know (or that are private) are
     * left out. One call, and one unit, per {@value #MAX_IDS_PER_CALL} ids.
     *
     * @throws RateLimitedException when the day's units are spent (before any call, or as Google says)
     */
    public Map<String, VideoStats> videoStats(Collection<String> videoIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(videoIds));
        Map<String, VideoStats> found = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += MAX_IDS_PER_CALL) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_CALL));
            String body = get(Bucket.UNITS, "videos", "part=statistics&id="
                    + String.join(",", part.stream().map(YouTubeClient::encode).toList()));
            YouTubeJson.videos(body).forEach(video -> found.put(video.videoId(), video));
        }
        Map<String, VideoStats> ordered = new LinkedHashMap<>();
        ids.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id)));
        return ordered;
    }

    /**
     * search.list for videos, {@value #SEARCH_RESULTS} results at most, in YouTube's order of relevance: one call of
     * the day's search bucket.
     *
     * @throws RateLimitedException when the day's searches are spent
     */
    public List<SearchHit> search(String query) {
        return YouTubeJson.searchHits(get(Bucket.SEARCH, "search",
                "part=snippet&type=video&maxResults=" + SEARCH_RESULTS + "&q=" + encode(query)));
    }

    /** The track's video, found by one search and matched by {@link SearchMatch}'s rule; empty when none matches. */
    public Optional<SearchHit> findVideo(String title, String artist) {
        return SearchMatch.best(search(artist + " " + title), title, artist);
    }

    /** One videos.list call for a known public video (1 unit): does the key work? */
    public ConnectionResult testConnection() {
        try {
            videoStats(List.of(TEST_VIDEO));
            return ConnectionResult.ok("YouTube Data API answered; " + searchesLeft() + " searches and "
                    + unitsLeft() + " units left today");
        } catch (ProviderException e) {
            return ConnectionResult.of(e);
        }
    }

    /** Searches left until {@link #quotaResetsAt()}, as this workspace counted them. */
    public int searchesLeft() {
        return quota.remaining(Bucket.SEARCH);
    }

    /** Units of the shared pool left until {@link #quotaResetsAt()}, as this workspace counted them. */
    public int unitsLeft() {
        return quota.remaining(Bucket.UNITS);
    }

    /** The next midnight in Los Angeles, when Google refills every bucket. */
    public Instant quotaResetsAt() {
        return quota.resetsAt();
    }

    /** HTTP requests sent so far, counting retries. */
    public long requestCount() {
        return http.requestCount();
    }

    /** {@link #requestCount()} by endpoint ("videos", "search"): names only, never a URL with its key. */
    public Map<String, Long> requestCounts() {
        return http.requestCounts();
    }

    private String get(Bucket bucket, String endpoint, String query) {
        quota.take(bucket, 1);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + API + endpoint + "?" + query + "&key="
                + encode(config.apiKey()))).header("Accept", "application/json").GET().build();
        long before = http.requestCount();
        HttpResponse<String> response;
        try {
            response = http.send(request);
        } catch (RateLimitedException e) {
            if (e.quotaExceeded()) {
                quota.spendAll(bucket);
                throw quota.exhausted();
            }
            throw e;
        } finally {
            // Google charges every attempt; the first was taken above, retries of 5xx and I/O errors are added.
            long retries = http.requestCount() - before - 1;
            if (retries > 0) {
                quota.charge(bucket, (int) retries);
            }
        }
        if (response.statusCode() == 200) {
            return response.body();
        }
        if (YouTubeErrors.isQuotaExceeded(response.body())) {
            quota.spendAll(bucket);
            throw quota.exhausted();
        }
        throw YouTubeErrors.forAnswer(response.statusCode(), response.body(), config.apiKey(), clock.instant());
    }

    private String base() {
        String base = config.baseUrl().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The last path segment ("videos", "search"): the URL's query holds the key and is never a name. */
    static String endpointOf(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
