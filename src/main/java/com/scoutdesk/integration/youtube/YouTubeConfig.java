package com.scoutdesk.integration.youtube;

import com.scoutdesk.integration.common.HttpPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link YouTubeClient} talks to the YouTube Data API v3. The base URL is configurable so tests can
 * point the real client at a fake on 127.0.0.1.
 *
 * @param baseUrl    scheme, host and port (YOUTUBE_URL); the client adds {@code /youtube/v3/...}
 * @param apiKey     the API key (YOUTUBE_API_KEY); sent as {@code key=}, kept out of {@link #toString()} and logs
 * @param dailyUnits units of the shared 10,000-unit pool this key may spend a Pacific day (YOUTUBE_DAILY_UNITS);
 *                   videos.list costs 1 a call
 * @param http       rate limit, retries, {@code Retry-After} cap and timeouts
 */
public record YouTubeConfig(URI baseUrl, String apiKey, int dailyUnits, HttpPolicy http) {

    /** The real API. */
    public static final URI BASE_URL = URI.create("https://www.googleapis.com");
    /** Google's default pool a day for a new project. */
    public static final int DEFAULT_DAILY_UNITS = 10_000;
    /**
     * search.list calls a Pacific day. Since 2026-06-01 search has its own bucket, 100 calls at 1 unit each, no longer
     * 100 units from the pool (external-apis.md section 7); Google grants more only on request, so it is fixed here.
     */
    public static final int SEARCH_CALLS_PER_DAY = 100;
    /**
     * Requests per second: Google publishes no burst limit for API keys, and the daily quota is the real bound;
     * 5 a second keeps a refresh of thousands of tracks from looking like abuse.
     */
    public static final int DEFAULT_REQUESTS_PER_SECOND = 5;

    public YouTubeConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(http, "http");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("A YouTube Data API key is required: set YOUTUBE_API_KEY (Google Cloud"
                    + " console > APIs & Services > Credentials)");
        }
        if (baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be scheme://host[:port]: " + baseUrl);
        }
        if (dailyUnits < 1) {
            throw new IllegalArgumentException("dailyUnits must be at least 1: " + dailyUnits);
        }
    }

    /** The real API, Google's default pool, {@value #DEFAULT_REQUESTS_PER_SECOND} requests a second. */
    public static YouTubeConfig of(String apiKey) {
        return new YouTubeConfig(BASE_URL, apiKey, DEFAULT_DAILY_UNITS,
                HttpPolicy.of(DEFAULT_REQUESTS_PER_SECOND, Duration.ofSeconds(1)));
    }

    /** A copy aimed at another server (a fake in tests, a proxy). */
    public YouTubeConfig withBaseUrl(URI url) {
        return new YouTubeConfig(url, apiKey, dailyUnits, http);
    }

    /** A copy with another daily pool. */
    public YouTubeConfig withDailyUnits(int units) {
        return new YouTubeConfig(baseUrl, apiKey, units, http);
    }

    /** A copy with another HTTP policy. */
    public YouTubeConfig withHttp(HttpPolicy policy) {
        return new YouTubeConfig(baseUrl, apiKey, dailyUnits, policy);
    }

    /** Never prints the key: records put every component into {@code toString}, and configs end up in logs. */
    @Override
    public String toString() {
        return "YouTubeConfig[baseUrl=" + baseUrl + ", apiKey=***, dailyUnits=" + dailyUnits + ", http=" + http + "]";
    }
}
