package com.scoutdesk.integration.spotify;

import com.scoutdesk.integration.common.ProviderHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.michaelthelin.spotify.IHttpManager;

/**
 * Our HTTP under spotify-web-api-java: the library builds the requests and parses the answers, but every byte goes
 * through {@link ProviderHttp} (rate limiter, retries, {@code Retry-After}, no response cache, unlike the library's
 * caching client). It also authenticates each request itself and re-authenticates once when Spotify answers 401, so
 * an expired or revoked token costs one extra request instead of a failed fetch. Errors come out as our
 * {@code ProviderException}s, never as the library's checked exceptions.
 */
final class ProviderHttpManager implements IHttpManager {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderHttpManager.class);
    // Set by us, or refused by java.net.http.HttpClient when set by hand.
    private static final Set<String> NOT_COPIED = Set.of("authorization", "content-length", "host", "connection",
            "expect", "upgrade");

    private final ProviderHttp http;
    private final ClientCredentialsTokens tokens;

    ProviderHttpManager(ProviderHttp http, ClientCredentialsTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    @Override
    public String get(URI uri, Header[] headers) {
        return send(uri, headers, "GET", null);
    }

    @Override
    public String post(URI uri, Header[] headers, HttpEntity body) {
        return send(uri, headers, "POST", body);
    }

    @Override
    public String put(URI uri, Header[] headers, HttpEntity body) {
        return send(uri, headers, "PUT", body);
    }

    @Override
    public String delete(URI uri, Header[] headers, HttpEntity body) {
        return send(uri, headers, "DELETE", body);
    }

    private String send(URI uri, Header[] headers, String method, HttpEntity body) {
        String token = tokens.accessToken();
        HttpResponse<String> response = http.send(request(uri, headers, method, body, token));
        if (response.statusCode() == 401) {
            LOG.info("Spotify refused the access token (expired or revoked); fetching a new one");
            tokens.invalidate(token);
            response = http.send(request(uri, headers, method, body, tokens.accessToken()));
        }
        if (response.statusCode() / 100 == 2) {
            return response.body();
        }
        throw SpotifyErrors.forApi(response.statusCode(), response.body(), uri.getPath());
    }

    private static HttpRequest request(URI uri, Header[] headers, String method, HttpEntity body, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        boolean hasContentType = false;
        for (Header header : headers == null ? new Header[0] : headers) {
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (!NOT_COPIED.contains(name)) {
                builder.header(header.getName(), header.getValue());
                hasContentType |= name.equals("content-type");
            }
        }
        if (body != null && !hasContentType && body.getContentType() != null) {
            builder.header("Content-Type", body.getContentType());
        }
        return builder.build();
    }

    private static byte[] bytes(HttpEntity entity) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            entity.writeTo(out);
        } catch (IOException e) {
            // The library's entities are in memory; this cannot happen short of a bug.
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
