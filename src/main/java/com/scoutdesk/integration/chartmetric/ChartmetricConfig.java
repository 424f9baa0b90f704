package com.scoutdesk.integration.chartmetric;

import com.scoutdesk.integration.common.HttpPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link ChartmetricClient} talks to Chartmetric. The base URL is configurable so tests can point the
 * real client at a fake on 127.0.0.1.
 *
 * @param baseUrl           scheme, host and port; the client adds {@code /api/...}
 * @param refreshToken      the account's long-lived refresh token (CHARTMETRIC_REFRESH_TOKEN); kept out of
 *                          {@link #toString()}
 * @param requestsPerSecond the account's rate limit (CHARTMETRIC_REQUESTS_PER_SECOND; entry plans allow 1)
 * @param http              retries, 429 handling and timeouts; its own rate is replaced by {@code requestsPerSecond}
 *                          per second (see {@link #policy()})
 */
public record ChartmetricConfig(URI baseUrl, String refreshToken, int requestsPerSecond, HttpPolicy http) {

    /** The real API. */
    public static final URI BASE_URL = URI.create("https://api.chartmetric.com");
    /** Entry-level plans are reported as 1 request a second; higher tiers go up to about 25. */
    public static final int DEFAULT_REQUESTS_PER_SECOND = 1;

    public ChartmetricConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(http, "http");
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("A Chartmetric refresh token is required: set CHARTMETRIC_REFRESH_TOKEN"
                    + " (Chartmetric > Account > API)");
        }
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requestsPerSecond must be at least 1: " + requestsPerSecond);
        }
        if (baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl needs a host: " + baseUrl);
        }
    }

    /**
     * The real API at {@code requestsPerSecond}. A 429 without usable headers is waited out for 2 s (the Go client
     * waits 400 ms; a 1 request/s plan needs more), three times at most.
     */
    public static ChartmetricConfig of(String refreshToken, int requestsPerSecond) {
        return new ChartmetricConfig(BASE_URL, refreshToken, requestsPerSecond,
                HttpPolicy.of(requestsPerSecond, Duration.ofSeconds(1))
                        .withRetryAfter(Duration.ofSeconds(60), Duration.ofSeconds(2), 3));
    }

    /** A copy aimed at another server (a fake in tests, a proxy). */
    public ChartmetricConfig withBaseUrl(URI url) {
        return new ChartmetricConfig(url, refreshToken, requestsPerSecond, http);
    }

    /** A copy with other retry, 429 and timeout settings. */
    public ChartmetricConfig withHttp(HttpPolicy policy) {
        return new ChartmetricConfig(baseUrl, refreshToken, requestsPerSecond, policy);
    }

    /** {@link #http()} at {@code requestsPerSecond} requests in any rolling second. */
    HttpPolicy policy() {
        return new HttpPolicy(requestsPerSecond, Duration.ofSeconds(1), http.maxAttempts(), http.backoffBase(),
                http.backoffMax(), http.retryAfterCap(), http.defaultRetryAfter(), http.maxRateLimitWaits(),
                http.connectTimeout(), http.requestTimeout());
    }

    /** {@code path} (starting with "/api/") under the base URL. */
    URI url(String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    /** Never prints the refresh token: records put every component into {@code toString}, and configs get logged. */
    @Override
    public String toString() {
        return "ChartmetricConfig[baseUrl=" + baseUrl + ", refreshToken=***, requestsPerSecond=" + requestsPerSecond
                + ", http=" + http + "]";
    }
}
