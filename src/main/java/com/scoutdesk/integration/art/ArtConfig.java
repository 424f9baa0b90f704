package com.scoutdesk.integration.art;

import com.scoutdesk.integration.common.HttpPolicy;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link ArtClient} may fetch and how politely. Only the hosts listed are ever asked, so an address in the
 * workspace (it came from a scraped page or an import) cannot make the app call anywhere else; tests list 127.0.0.1.
 *
 * @param allowedHosts host names, compared without case; the scheme must be http or https
 * @param maxBytes     the largest image accepted; a bigger one is refused without reading it all
 * @param http         rate limit, retries, {@code Retry-After} cap and timeouts
 */
public record ArtConfig(Set<String> allowedHosts, long maxBytes, HttpPolicy http) {

    /**
     * Spotify's image hosts: album art on i.scdn.co, playlist mosaics on mosaic.scdn.co, and the spotifycdn.com
     * hosts some playlist covers are served from.
     */
    public static final Set<String> SPOTIFY_HOSTS = Set.of("i.scdn.co", "mosaic.scdn.co",
            "image-cdn-ak.spotifycdn.com", "image-cdn-fa.spotifycdn.com");
    /** Spotify's largest album art (640 x 640 JPEG) is about 150 KB; 2 MB leaves room without letting a file in. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    /**
     * A CDN publishes no limit; 10 a second keeps a fast scroll from looking like a crawl. Art is decoration, so it
     * gives up early: one retry, and a {@code Retry-After} above 5 s fails at once instead of holding a thread.
     */
    public static final HttpPolicy DEFAULT_HTTP = HttpPolicy.of(10, Duration.ofSeconds(1))
            .withRetries(2, Duration.ofMillis(300), Duration.ofSeconds(2))
            .withRetryAfter(Duration.ofSeconds(5), Duration.ofSeconds(2), 1)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(15));

    public ArtConfig {
        Objects.requireNonNull(allowedHosts, "allowedHosts");
        Objects.requireNonNull(http, "http");
        allowedHosts = allowedHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1: " + maxBytes);
        }
    }

    /** Spotify's hosts, {@value #DEFAULT_MAX_BYTES} bytes at most, {@link #DEFAULT_HTTP}. */
    public static ArtConfig spotify() {
        return new ArtConfig(SPOTIFY_HOSTS, DEFAULT_MAX_BYTES, DEFAULT_HTTP);
    }

    /** A copy that may fetch from these hosts only (a fake on 127.0.0.1 in tests). */
    public ArtConfig withHosts(Set<String> hosts) {
        return new ArtConfig(hosts, maxBytes, http);
    }

    /** A copy with another size cap. */
    public ArtConfig withMaxBytes(long bytes) {
        return new ArtConfig(allowedHosts, bytes, http);
    }

    /** A copy with another HTTP policy. */
    public ArtConfig withHttp(HttpPolicy policy) {
        return new ArtConfig(allowedHosts, maxBytes, policy);
    }
}
