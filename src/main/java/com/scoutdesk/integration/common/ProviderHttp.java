package com.scoutdesk.integration.common;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.event.ExecutionAttemptedEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to one provider politely: every attempt takes a slot of the provider's rolling-window limit, 5xx
 * answers and I/O failures are retried with jittered exponential back-off (Failsafe), and a 429 (or the provider's
 * own "slow down" status, see {@link Provider#isRateLimitStatus}) is waited out when its
 * {@code Retry-After} is short, or turned into {@link RateLimitedException} at once when it is long or the quota is
 * spent. Requests carry the User-Agent the provider asks for, and a GET the provider's {@link ResponseCache} can
 * answer is not sent at all. Everything else (2xx, 3xx, 4xx) is returned for the caller to interpret, since what a
 * 403 or 404 means differs between providers. Requests sent are counted, in all and by endpoint, for figures. Share
 * one instance per provider so the limiter sees all callers; it is thread-safe.
 */
public final class ProviderHttp {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderHttp.class);
    // A spent quota says nothing about when it comes back; an hour keeps schedulers from hammering it.
    private static final Duration QUOTA_FALLBACK = Duration.ofHours(1);
    /**
     * Added to every window. Slots count from each answer, so the provider already sees requests at least a window
     * and a network round trip apart; the slack only absorbs clock granularity. Kept small, since at one request a
     * second (MusicBrainz, Chartmetric) it is paid on every request: 50 ms made a registry pass 5 % slower.
     */
    private static final Duration WINDOW_SLACK = Duration.ofMillis(10);
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&](?:key|api_?key|access_token|token)=)[^&#]*");

    private final Provider provider;
    private final HttpPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Predicate<HttpResponse<String>> quotaExceeded;
    private final HttpClient client;
    private final ResponseCache cache;
    private final RollingWindowLimiter limiter;
    private final RetryPolicy<HttpResponse<?>> retry;
    private final AtomicLong requestsSent = new AtomicLong();
    private final Function<URI, String> endpointOf;
    private final ConcurrentMap<String, LongAdder> sentByEndpoint = new ConcurrentHashMap<>();
    private final List<ProviderListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param quotaExceeded tells a 429 for a spent quota (never retried) from a burst limit; {@code r -> false} when
     *                      the provider has no such distinction
     */
    public ProviderHttp(Provider provider, HttpPolicy policy, Clock clock, Sleeper sleeper,
                        Predicate<HttpResponse<String>> quotaExceeded) {
        this(provider, policy, clock, sleeper, quotaExceeded, ResponseCache.none());
    }

    /** @param cache successful GET answers reused for a while; a cached answer costs no request and no permit */
    public ProviderHttp(Provider provider, HttpPolicy policy, Clock clock, Sleeper sleeper,
                        Predicate<HttpResponse<String>> quotaExceeded, ResponseCache cache) {
        this(provider, policy, clock, sleeper, quotaExceeded, cache, uri -> String.valueOf(uri.getHost()));
    }

    /** @param endpointOf names the endpoint of a request URL, for {@link #requestCounts()} */
    public ProviderHttp(Provider provider, HttpPolicy policy, Clock clock, Sleeper sleeper,
                        Predicate<HttpResponse<String>> quotaExceeded, ResponseCache cache,
                        Function<URI, String> endpointOf) {
        this.endpointOf = Objects.requireNonNull(endpointOf, "endpointOf");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.quotaExceeded = Objects.requireNonNull(quotaExceeded, "quotaExceeded");
        // HTTP/1.1: we send one request at a time, and the h2c upgrade against plain-http fakes is fragile.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(policy.connectTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
        // Slots count from each answer (see RollingWindowLimiter); the slack only absorbs clock granularity.
        this.limiter = new RollingWindowLimiter(policy.permitsPerWindow(), policy.window().plus(WINDOW_SLACK));
        this.retry = RetryPolicy.<HttpResponse<?>>builder()
                .handle(IOException.class)
                .handleResultIf(response -> isServerError(response.statusCode()))
                .withMaxAttempts(policy.maxAttempts())
                .withBackoff(policy.backoffBase(), policy.backoffMax())
                .withJitter(0.25)
                .onRetry(this::logRetry)
                .build();
    }

    /**
     * Sends the request and returns the response unless it is a 429 (or the provider's rate-limit status) or 5xx.
     *
     * @throws RateLimitedException  on a 429 we will not wait out (quota spent, wait above the cap, too many 429s)
     * @throws ServerErrorException  when 5xx answers outlast the retries
     * @throws OfflineException      when connecting or reading keeps failing (refused, unknown host, timeout)
     * @throws CancellationException when the thread is interrupted; the interrupt flag is kept
     */
    public HttpResponse<String> send(HttpRequest request) {
        var cached = cache.lookup(request);
        if (cached.isPresent()) {
            return cached.get();
        }
        HttpRequest prepared = prepare(request);
        HttpResponse<String> response = exchange(prepared, HttpResponse.BodyHandlers.ofString(), quotaExceeded);
        cache.store(prepared, response);
        return response;
    }

    /**
     * {@link #send(HttpRequest)} for a body that is not text (an image), read by {@code body}: the same limiter,
     * retries and {@code Retry-After} waits, but no {@link ResponseCache} and no quota test, since both read text.
     */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        Objects.requireNonNull(body, "body");
        return exchange(prepare(request), body, response -> false);
    }

    private HttpRequest prepare(HttpRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true);
        if (request.timeout().isEmpty()) {
            builder.timeout(policy.requestTimeout());
        }
        if (request.headers().firstValue("User-Agent").isEmpty()) {
            builder.header("User-Agent", provider.userAgent());
        }
        return builder.build();
    }

    private <T> HttpResponse<T> exchange(HttpRequest prepared, HttpResponse.BodyHandler<T> body,
                                         Predicate<? super HttpResponse<T>> quotaSpent) {
        for (int waits = 0; ; waits++) {
            HttpResponse<T> response = sendWithRetries(prepared, body);
            if (!provider.isRateLimitStatus(response.statusCode())) {
                return response;
            }
            Duration wait = rateLimitWait(response, quotaSpent.test(response), waits);
            LOG.warn("{} rate-limited (HTTP {}); waiting {} s as Retry-After asks", provider.displayName(),
                    response.statusCode(), wait.toSeconds());
            Instant until = clock.instant().plus(wait);
            tell(listener -> listener.rateLimited(provider, until));
            pause(wait);
        }
    }

    /** Tells {@code listener} of rate-limit waits and unreachability; close the handle to stop. */
    public AutoCloseable subscribe(ProviderListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    private void tell(Consumer<ProviderListener> event) {
        for (ProviderListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("A {} listener failed", provider.displayName(), e);
            }
        }
    }

    /** HTTP requests sent so far, counting retries and every 429, for figures and tests. */
    public long requestCount() {
        return requestsSent.get();
    }

    /** {@link #requestCount()} by endpoint, as named by the constructor's {@code endpointOf}; a sorted snapshot. */
    public Map<String, Long> requestCounts() {
        Map<String, Long> counts = new TreeMap<>();
        sentByEndpoint.forEach((endpoint, count) -> counts.put(endpoint, count.sum()));
        return counts;
    }

    public Provider provider() {
        return provider;
    }

    public ResponseCache cache() {
        return cache;
    }

    private <T> HttpResponse<T> sendWithRetries(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        HttpResponse<T> response;
        try {
            response = Failsafe.with(retry).get(() -> attempt(request, body));
        } catch (FailsafeException e) {
            if (e.getCause() instanceof InterruptedException) {
                throw interrupted();
            }
            if (e.getCause() instanceof IOException io) {
                tell(listener -> listener.unreachable(provider));
                throw new OfflineException(provider, io);
            }
            throw e;
        }
        if (isServerError(response.statusCode())) {
            throw new ServerErrorException(provider, response.statusCode(), null);
        }
        return response;
    }

    /** A 5xx that is not the provider's way of saying "slow down" (see {@link Provider#isRateLimitStatus}). */
    private boolean isServerError(int status) {
        return status >= 500 && !provider.isRateLimitStatus(status);
    }

    private <T> HttpResponse<T> attempt(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        RollingWindowLimiter.Reservation slot = limiter.reserve();
        sleeper.sleep(slot.waitTime());
        requestsSent.incrementAndGet();
        sentByEndpoint.computeIfAbsent(endpointOf.apply(request.uri()), k -> new LongAdder()).increment();
        long start = System.nanoTime();
        HttpResponse<T> response;
        try {
            response = client.send(request, body);
        } finally {
            slot.complete();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} {} -> HTTP {} in {} ms", provider.displayName(), request.method(),
                    loggable(request.uri()), response.statusCode(), (System.nanoTime() - start) / 1_000_000);
        }
        if (isServerError(response.statusCode()) || provider.isRateLimitStatus(response.statusCode())) {
            discard(response.body()); // retried or waited out: no caller sees it, and unread it holds a connection
        }
        return response;
    }

    /** Closes a streamed body (an InputStream) no one will read; text and byte bodies need nothing. */
    private static void discard(Object body) {
        if (body instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("Closing a discarded response body failed", e);
            }
        }
    }

    /** The URL without the values of secret query parameters (YouTube's {@code key=}), which must never be logged. */
    static String loggable(URI uri) {
        return SECRET_PARAMETER.matcher(uri.toString()).replaceAll("$1***");
    }

    private Duration rateLimitWait(HttpResponse<?> response, boolean quotaSpent, int waitsSoFar) {
        Instant now = clock.instant();
        // Without Retry-After, an X-RateLimit-Reset (Chartmetric's) says when to come back; Spotify sends neither.
        var header = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), now)
                .or(() -> RetryAfter.parseReset(response.headers().firstValue("X-RateLimit-Reset").orElse(null), now));
        if (quotaSpent) {
            throw new RateLimitedException(provider, now.plus(header.orElse(QUOTA_FALLBACK)), true);
        }
        Duration wait = header.orElse(policy.defaultRetryAfter());
        if (wait.compareTo(policy.retryAfterCap()) > 0 || waitsSoFar >= policy.maxRateLimitWaits()) {
            throw new RateLimitedException(provider, now.plus(wait), false);
        }
        return wait;
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    private CancellationException interrupted() {
        Thread.currentThread().interrupt();
        return new CancellationException(provider.displayName() + " request interrupted");
    }

    private void logRetry(ExecutionAttemptedEvent<HttpResponse<?>> event) {
        Object why = event.getLastException() != null ? event.getLastException().toString()
                : "HTTP " + event.getLastResult().statusCode();
        LOG.info("{}: {}; retry {} of {}", provider.displayName(), why, event.getAttemptCount(),
                policy.maxAttempts() - 1);
    }
}
