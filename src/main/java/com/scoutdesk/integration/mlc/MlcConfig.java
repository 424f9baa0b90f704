package com.scoutdesk.integration.mlc;

import com.scoutdesk.integration.common.HttpPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom {@link MlcClient} talks to The MLC Public Search API. The base URL is configurable so tests can
 * point the real client at a fake on 127.0.0.1.
 *
 * @param baseUrl  scheme, host and port (and an optional path prefix) of the API, e.g. https://public-api.themlc.com
 * @param username the API user name The MLC issued (MLC_USERNAME)
 * @param password its password (MLC_PASSWORD); kept out of {@link #toString()}
 * @param http     rate limit, retries, {@code Retry-After} cap and timeouts
 */
public record MlcConfig(URI baseUrl, String username, String password, HttpPolicy http) {

    /** The real API. */
    public static final URI BASE_URL = URI.create("https://public-api.themlc.com");

    public MlcConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(http, "http");
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            throw new IllegalArgumentException("The MLC user name and password are required: set MLC_USERNAME and"
                    + " MLC_PASSWORD (access is granted by The MLC)");
        }
        if (baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl needs a host: " + baseUrl);
        }
    }

    /**
     * The real API at {@code requestsPerSecond}: The MLC publishes no limit, so the default of the configuration is a
     * cautious guess, and a 429 is waited out.
     */
    public static MlcConfig of(URI baseUrl, String username, String password, int requestsPerSecond) {
        return new MlcConfig(baseUrl, username, password, HttpPolicy.of(requestsPerSecond, Duration.ofSeconds(1)));
    }

    /** {@code {baseUrl}{path}}, {@code path} starting with a slash. */
    URI resolve(String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    /** Never prints the password: records put every component into {@code toString}, and configs end up in logs. */
    @Override
    public String toString() {
        return "MlcConfig[baseUrl=" + baseUrl + ", username=" + username + ", password=***, http=" + http + "]";
    }
}
