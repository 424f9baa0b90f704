package com.scoutdesk.integration.musicbrainz;

import com.scoutdesk.integration.common.HttpPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link MusicBrainzClient} talks to MusicBrainz. MusicBrainz needs no credentials, only a contact in
 * the User-Agent.
 *
 * @param baseUrl scheme, host and port of the server (MUSICBRAINZ_URL); the client adds {@code /ws/2/...}
 * @param contact an e-mail address or URL (MUSICBRAINZ_CONTACT), sent as {@code ScoutDesk/<version> ( contact )}
 * @param http    rate limit, retries, {@code Retry-After} cap and timeouts
 */
public record MusicBrainzConfig(URI baseUrl, String contact, HttpPolicy http) {

    /** The real server. */
    public static final URI BASE_URL = URI.create("https://musicbrainz.org");

    public MusicBrainzConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(http, "http");
        if (baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be scheme://host[:port]: " + baseUrl);
        }
        if (contact == null || contact.isBlank()) {
            throw new IllegalArgumentException("MusicBrainz asks every client for a contact: set MUSICBRAINZ_CONTACT"
                    + " to an e-mail address or a URL");
        }
        contact = contact.strip();
    }

    /**
     * The real server at its published limit: one request per second from an address, on average, and every request
     * declined with 503 while a client goes faster. One permit per rolling second, counted from each answer, keeps
     * any two requests at least a second apart (see {@code RollingWindowLimiter}), so no burst ever exceeds it.
     */
    public static MusicBrainzConfig of(String contact) {
        return new MusicBrainzConfig(BASE_URL, contact, HttpPolicy.of(1, Duration.ofSeconds(1)));
    }

    /** A copy aimed at another server (a fake in tests, a mirror). */
    public MusicBrainzConfig withBaseUrl(URI url) {
        return new MusicBrainzConfig(url, contact, http);
    }

    /** A copy with another HTTP policy. */
    public MusicBrainzConfig withHttp(HttpPolicy policy) {
        return new MusicBrainzConfig(baseUrl, contact, policy);
    }

    /** {@code {baseUrl}/ws/2/{pathAndQuery}}. */
    URI resolve(String pathAndQuery) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/ws/2/" + pathAndQuery);
    }
}
