package com.scoutdesk.integration.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.net.ssl.SSLSession;

/**
 * Successful GET answers of one provider, kept in memory for a time that depends on the kind of resource (a track
 * for an hour, a search for minutes, a playlist never), so that two tiers asking about the same track in one pass
 * cost one request and one slot of the rate limit. Keyed by URL only: the answers it holds are public catalogue data,
 * never tokens. Bounded by the size of the bodies it holds. Thread-safe.
 */
public final class ResponseCache {

    /** A kind of resource and how long its answers stay fresh. */
    public record Kind(String name, Predicate<URI> matches, Duration ttl) {

        /** Resources whose URL path contains {@code segment}, e.g. "/v1/tracks" (the base URL may add a prefix). */
        public static Kind path(String name, String segment, Duration ttl) {
            return new Kind(name, uri -> uri.getPath() != null && uri.getPath().contains(segment), ttl);
        }
    }

    private record Entry(int status, HttpHeaders headers, String body, Duration ttl) {
    }

    private static final ResponseCache NONE = new ResponseCache(List.of(), 0, Ticker.systemTicker());

    private final List<Kind> kinds;
    private final Cache<URI, Entry> cache;

    private ResponseCache(List<Kind> kinds, long maxBodyChars, Ticker ticker) {
        this.kinds = List.copyOf(kinds);
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumWeight(maxBodyChars)
                .<URI, Entry>weigher((uri, entry) -> entry.body().length() + uri.toString().length())
                .expireAfter(Expiry.<URI, Entry>creating((uri, entry) -> entry.ttl()))
                .recordStats()
                .build();
    }

    /** Caches nothing. */
    public static ResponseCache none() {
        return NONE;
    }

    /** @param maxBodyChars the characters of response bodies held at most; the least used go first */
    public static ResponseCache of(long maxBodyChars, List<Kind> kinds) {
        return new ResponseCache(kinds, maxBodyChars, Ticker.systemTicker());
    }

    /** For tests: time read from {@code ticker}, so expiry can be checked without waiting. */
    static ResponseCache of(long maxBodyChars, List<Kind> kinds, Ticker ticker) {
        return new ResponseCache(kinds, maxBodyChars, ticker);
    }

    /** A fresh cached answer to this request, if there is one. */
    Optional<HttpResponse<String>> lookup(HttpRequest request) {
        if (!cacheable(request)) {
            return Optional.empty();
        }
        Entry entry = cache.getIfPresent(request.uri());
        return entry == null ? Optional.empty() : Optional.of(new CachedResponse(request, entry));
    }

    /** Keeps a 200 answer to a GET of a cached kind. */
    void store(HttpRequest request, HttpResponse<String> response) {
        if (response.statusCode() != 200 || !cacheable(request) || response.body() == null) {
            return;
        }
        ttl(request.uri()).ifPresent(ttl -> cache.put(request.uri(),
                new Entry(response.statusCode(), response.headers(), response.body(), ttl)));
    }

    /** Hits, misses and evictions so far, for figures. */
    public CacheStats stats() {
        return cache.stats();
    }

    private boolean cacheable(HttpRequest request) {
        return !kinds.isEmpty() && request.method().equals("GET") && ttl(request.uri()).isPresent();
    }

    private Optional<Duration> ttl(URI uri) {
        return kinds.stream().filter(k -> k.matches().test(uri)).findFirst().map(Kind::ttl)
                .filter(ttl -> !ttl.isNegative() && !ttl.isZero());
    }

    private record CachedResponse(HttpRequest request, Entry entry) implements HttpResponse<String> {

        @Override
        public int statusCode() {
            return entry.status();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return entry.headers();
        }

        @Override
        public String body() {
            return entry.body();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
