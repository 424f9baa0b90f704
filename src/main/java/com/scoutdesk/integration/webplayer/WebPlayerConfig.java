package com.scoutdesk.integration.webplayer;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Settings of the Spotify web player capture.
 *
 * @param baseUrl            origin of the web player, without a trailing slash; tests point it at 127.0.0.1
 * @param chromiumExecutable the Chromium to drive (e.g. {@code /usr/bin/chromium}); null means Playwright's own
 *                           browser, which Playwright downloads on first use
 * @param pagePoolSize       how many pages may be open at once: the concurrency limit of all fetches together
 * @param pageTimeout        how long one page may take, from opening it to the last item read
 * @param stallTimeout       how long a list at its bottom, with no playlist request in flight, may show nothing new
 *                           before it counts as ended (and at least 120 of the page's frames: a slow page waits longer)
 * @param headless           false shows the browser window (needs a display), which helps when selectors break
 */
public record WebPlayerConfig(String baseUrl, Path chromiumExecutable, int pagePoolSize, Duration pageTimeout,
                              Duration stallTimeout, boolean headless) {

    /** The real web player. */
    public static final String DEFAULT_BASE_URL = "https://open.spotify.com";
    public static final int DEFAULT_PAGE_POOL_SIZE = 2;
    public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(45);
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(6);

    public WebPlayerConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(pageTimeout, "pageTimeout");
        Objects.requireNonNull(stallTimeout, "stallTimeout");
        baseUrl = baseUrl.strip().replaceAll("/+$", "");
        String scheme = URI.create(baseUrl).getScheme();
        if (scheme == null || !(scheme.toLowerCase(Locale.ROOT).equals("http")
                || scheme.toLowerCase(Locale.ROOT).equals("https"))) {
            throw new IllegalArgumentException("The web player base URL must be http(s): " + baseUrl);
        }
        if (pagePoolSize < 1) {
            throw new IllegalArgumentException("The page pool needs at least one page, not " + pagePoolSize);
        }
        if (pageTimeout.isNegative() || pageTimeout.isZero() || stallTimeout.isNegative() || stallTimeout.isZero()) {
            throw new IllegalArgumentException("Timeouts must be positive: " + pageTimeout + ", " + stallTimeout);
        }
    }

    /** The real web player, Playwright's own browser, two pages, 45 s per page, headless. */
    public static WebPlayerConfig defaults() {
        return new WebPlayerConfig(DEFAULT_BASE_URL, null, DEFAULT_PAGE_POOL_SIZE, DEFAULT_PAGE_TIMEOUT,
                DEFAULT_STALL_TIMEOUT, true);
    }

    public WebPlayerConfig withBaseUrl(String url) {
        return new WebPlayerConfig(url, chromiumExecutable, pagePoolSize, pageTimeout, stallTimeout, headless);
    }

    public WebPlayerConfig withChromiumExecutable(Path executable) {
        return new WebPlayerConfig(baseUrl, executable, pagePoolSize, pageTimeout, stallTimeout, headless);
    }

    public WebPlayerConfig withPagePoolSize(int size) {
        return new WebPlayerConfig(baseUrl, chromiumExecutable, size, pageTimeout, stallTimeout, headless);
    }

    public WebPlayerConfig withPageTimeout(Duration timeout) {
        return new WebPlayerConfig(baseUrl, chromiumExecutable, pagePoolSize, timeout, stallTimeout, headless);
    }

    public WebPlayerConfig withStallTimeout(Duration timeout) {
        return new WebPlayerConfig(baseUrl, chromiumExecutable, pagePoolSize, pageTimeout, timeout, headless);
    }
}
