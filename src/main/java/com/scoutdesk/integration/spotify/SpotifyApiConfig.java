package com.scoutdesk.integration.spotify;

import com.scoutdesk.integration.common.HttpPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link SpotifyApiClient} talks to Spotify. Both base URLs are configurable so tests can point the real
 * client at fakes on 127.0.0.1.
 *
 * @param apiUrl       scheme, host and port of the Web API, without a path (the library adds {@code /v1/...})
 * @param accountsUrl  base of the accounts service; the token endpoint is {@code {accountsUrl}/api/token}
 * @param clientId     the app's client id (SPOTIFY_CLIENT_ID)
 * @param clientSecret the app's client secret (SPOTIFY_CLIENT_SECRET); kept out of {@link #toString()}
 * @param http         rate limit, retries, {@code Retry-After} cap and timeouts
 * @param pageSize     items per playlist page, 1 to 100
 */
public record SpotifyApiConfig(URI apiUrl, URI accountsUrl, String clientId, String clientSecret, HttpPolicy http,
                               int pageSize) {

    /** The real Web API. */
    public static final URI API_URL = URI.create("https://api.spotify.com");
    /** The real accounts service. */
    public static final URI ACCOUNTS_URL = URI.create("https://accounts.spotify.com");
    /**
     * Requests per rolling 30 s: a cautious guess, since Spotify publishes no number for its window. The limiter
     * never lets more than this through in any 30 s (see {@code RollingWindowLimiter}).
     */
    public static final int DEFAULT_REQUESTS_PER_30S = 50;

    public SpotifyApiConfig {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(accountsUrl, "accountsUrl");
        Objects.requireNonNull(http, "http");
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("Spotify client id and secret are required: set SPOTIFY_CLIENT_ID and"
                    + " SPOTIFY_CLIENT_SECRET (developer.spotify.com > Dashboard > your app > Settings)");
        }
        if (apiUrl.getHost() == null || (apiUrl.getPath() != null && !apiUrl.getPath().isEmpty()
                && !apiUrl.getPath().equals("/"))) {
            throw new IllegalArgumentException("apiUrl must be scheme://host[:port] without a path: " + apiUrl);
        }
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("pageSize must be between 1 and 100: " + pageSize);
        }
    }

    /** The real Spotify endpoints, {@value #DEFAULT_REQUESTS_PER_30S} requests per 30 s, pages of 100. */
    public static SpotifyApiConfig of(String clientId, String clientSecret) {
        return new SpotifyApiConfig(API_URL, ACCOUNTS_URL, clientId, clientSecret,
                HttpPolicy.of(DEFAULT_REQUESTS_PER_30S, Duration.ofSeconds(30)), 100);
    }

    /** A copy aimed at other servers (fakes in tests, a proxy). */
    public SpotifyApiConfig withUrls(URI api, URI accounts) {
        return new SpotifyApiConfig(api, accounts, clientId, clientSecret, http, pageSize);
    }

    /** A copy with another HTTP policy. */
    public SpotifyApiConfig withHttp(HttpPolicy policy) {
        return new SpotifyApiConfig(apiUrl, accountsUrl, clientId, clientSecret, policy, pageSize);
    }

    /** The token endpoint, {@code {accountsUrl}/api/token}. */
    URI tokenUrl() {
        String base = accountsUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/token");
    }

    /** Never prints the secret: records put every component into {@code toString}, and configs end up in logs. */
    @Override
    public String toString() {
        return "SpotifyApiConfig[apiUrl=" + apiUrl + ", accountsUrl=" + accountsUrl + ", clientId=" + clientId
                + ", clientSecret=***, http=" + http + ", pageSize=" + pageSize + "]";
    }
}
