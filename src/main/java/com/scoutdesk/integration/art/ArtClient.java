package com.scoutdesk.integration.art;

import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderHttp;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.ResponseCache;
import com.scoutdesk.integration.common.Sleeper;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.integration.common.UnavailableException.Reason;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Downloads album art and playlist covers from Spotify's image hosts. Every request goes through one
 * {@link ProviderHttp} (rate limit, retries, {@code Retry-After}); only http(s) addresses on
 * {@link ArtConfig#allowedHosts()} are asked, and only JPEG and PNG images up to {@link ArtConfig#maxBytes()} are
 * accepted, since those are what JavaFX can draw (it has no WebP decoder). Thread-safe; share one per workspace.
 *
 * <p>Failures say what happened: {@link OfflineException} (unreachable), {@link RateLimitedException} (slow down),
 * {@link UnavailableException} (no image there, or an address we may not fetch), {@link ChangedShapeException}
 * (something that is not an acceptable image came back).
 */
public final class ArtClient {

    private static final Provider PROVIDER = Provider.SPOTIFY_IMAGES;
    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png");

    private final ArtConfig config;
    private final ProviderHttp http;

    /** A client on the real clock that really sleeps. */
    public ArtClient(ArtConfig config) {
        this(config, Clock.systemUTC(), Sleeper.system());
    }

    /** A client with an injected clock and sleeper (rate limiter, 429 waits). */
    public ArtClient(ArtConfig config, Clock clock, Sleeper sleeper) {
        this.config = Objects.requireNonNull(config, "config");
        this.http = new ProviderHttp(PROVIDER, config.http(), clock, sleeper, response -> false, ResponseCache.none());
    }

    /**
     * The image at {@code url}.
     *
     * @throws UnavailableException  NOT_ALLOWED for an address that is not http(s) on an allowed host (nothing is
     *                               sent), NOT_FOUND for a 404 or 410
     * @throws ChangedShapeException for an answer that is not a JPEG or PNG, or is larger than the cap
     * @throws OfflineException      when the host cannot be reached
     * @throws RateLimitedException  when the host asks us to wait longer than the policy waits out
     */
    public ArtImage fetch(String url) {
        URI uri = allowed(url);
        HttpRequest request = HttpRequest.newBuilder(uri).GET().header("Accept", "image/jpeg, image/png").build();
        HttpResponse<CappedBody> response = http.send(request, CappedBody.handler(config.maxBytes()));
        if (!isAllowed(response.uri())) { // a redirect went elsewhere: what it sent is not used
            throw notAllowed(response.uri().toString());
        }
        int status = response.statusCode();
        if (status == 404 || status == 410) {
            throw new UnavailableException(PROVIDER, Reason.NOT_FOUND, status, "No image at " + uri);
        }
        if (status == 401 || status == 403) {
            throw new UnavailableException(PROVIDER, Reason.NOT_ALLOWED, status, "The image at " + uri
                    + " may not be read (HTTP " + status + ")");
        }
        if (status >= 400) {
            throw new ClientErrorException(PROVIDER, status, uri.toString());
        }
        if (status != 200) {
            throw new ChangedShapeException(PROVIDER, "it answered HTTP " + status + " for " + uri, null);
        }
        return image(response, uri);
    }

    /** HTTP requests sent so far, retries and 429s included, for tests and figures. */
    public long requestCount() {
        return http.requestCount();
    }

    private ArtImage image(HttpResponse<CappedBody> response, URI uri) {
        String type = response.headers().firstValue("Content-Type").orElse("")
                .split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!IMAGE_TYPES.contains(type)) {
            throw new ChangedShapeException(PROVIDER, "it sent " + (type.isEmpty() ? "no content type" : type)
                    + " instead of a JPEG or PNG image for " + uri, null);
        }
        CappedBody body = response.body();
        if (body.tooLarge()) {
            throw new ChangedShapeException(PROVIDER, "it sent an image larger than " + config.maxBytes() / 1024
                    + " KB for " + uri, null);
        }
        if (!hasSignature(body.bytes(), type)) {
            throw new ChangedShapeException(PROVIDER, "what it sent as " + type + " is not one, for " + uri, null);
        }
        return new ArtImage(body.bytes(), type);
    }

    /** The first bytes of a JPEG (FF D8 FF) or PNG (89 'P' 'N' 'G'), so a page sent as an image is not cached. */
    private static boolean hasSignature(byte[] bytes, String type) {
        if (type.equals("image/png")) {
            return bytes.length >= 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
                    && bytes[3] == 'G';
        }
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                && (bytes[2] & 0xFF) == 0xFF;
    }

    private URI allowed(String url) {
        URI uri;
        try {
            uri = URI.create(Objects.requireNonNull(url, "url").strip());
        } catch (IllegalArgumentException e) {
            throw notAllowed(url);
        }
        if (!isAllowed(uri)) {
            throw notAllowed(url);
        }
        return uri;
    }

    private boolean isAllowed(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                && uri.getUserInfo() == null
                && config.allowedHosts().contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    private static UnavailableException notAllowed(String url) {
        return new UnavailableException(PROVIDER, Reason.NOT_ALLOWED, 0, "Images are fetched only from "
                + "Spotify's image servers, not from " + url);
    }
}
