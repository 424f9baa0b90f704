package com.scoutdesk.integration.spotify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.scoutdesk.testing.RollingWindowGate;
import com.scoutdesk.testing.WarmUp;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * A fake Spotify for {@code scoutdesk bench enrich}, a test tool that is never part of the product. WireMock on
 * 127.0.0.1 answers the token endpoint and the catalogue endpoints tiers 0 and 1 use, for any valid id (see
 * {@link BenchSpotifyCatalogue}), and enforces "at most R requests in any rolling 30 s" on {@code /v1}: a request
 * over the limit is answered 429 with {@code Retry-After} and counted as a violation. With {@code --single} every
 * batch endpoint answers 403, as for a development-mode app since February 2026. Counts requests by endpoint and
 * prints them after each quiet spell and on exit. See the README, "Benchmark", for how to run it.
 */
public final class BenchSpotifyServer implements AutoCloseable {

    static final String CLIENT_ID = "bench-client-id";
    static final String CLIENT_SECRET = "bench-client-secret";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{22}");
    private static final Map<String, Integer> BATCH_LIMITS = Map.of("several-tracks", 50, "several-artists", 50,
            "several-albums", 20, "audio-features", 100);
    private static final String WARM_UP = "/__bench/warm-up";

    private final boolean single;
    private final RollingWindowGate gate;
    private final BenchSpotifyCatalogue catalogue = new BenchSpotifyCatalogue();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder forbidden = new LongAdder();
    private final AtomicLong firstNanos = new AtomicLong();
    private final AtomicLong lastNanos = new AtomicLong();
    private final WireMockServer server;

    /**
     * @param port      0 for any free port
     * @param perWindow R, the requests allowed in any rolling {@code window}
     * @param single    batch endpoints answer 403 (development mode)
     */
    public BenchSpotifyServer(int port, int perWindow, Duration window, boolean single) {
        this.single = single;
        this.gate = new RollingWindowGate(perWindow, window);
        this.server = new WireMockServer(options().port(port).bindAddress("127.0.0.1").disableRequestJournal()
                .extensions(new Answers()));
    }

    public BenchSpotifyServer start() {
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        warmUp();
        return this;
    }

    /** Where the fake listens; both the Web API and the accounts base URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Requests received by endpoint kind (token, track, several-tracks, ...), whatever they were answered. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Requests that arrived while R others were in the window, answered 429. */
    public long violations() {
        return gate.violations();
    }

    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("Requests received: %,d (mode: %s)%n", total(), single ? "--single, batch endpoints "
                + "answer 403" : "batch endpoints on"));
        counts().forEach((kind, n) -> s.append(String.format("  %-16s %,8d%n", kind, n)));
        s.append(String.format("Answered 403 (batch endpoint closed): %,d%n", forbidden.sum()));
        s.append(String.format("Rate-limit violations (answered 429): %,d (the worst %,.0f ms too early); most "
                + "requests in one rolling window: %,d of R = %,d%n", gate.violations(), gate.worstEarlyNanos() / 1e6,
                gate.peak(), gate.permits()));
        if (firstNanos.get() != 0) {
            s.append(String.format("First to last request: %,.1f s%n", (lastNanos.get() - firstNanos.get()) / 1e9));
        }
        return s.toString();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** WireMock's first requests are slow (class loading, JIT); keep that out of the rate window's timestamps. */
    private void warmUp() {
        WarmUp.hit(URI.create(baseUrl() + WARM_UP), 200);
    }

    private final class Answers implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return "bench-spotify";
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            long now = System.nanoTime();
            Request request = event.getRequest();
            String path = URI.create(request.getUrl()).getPath();
            if (path.equals(WARM_UP)) {
                catalogue.track(com.scoutdesk.bench.SyntheticSpotifyIds.track(now % 1000));
                return json(204, "");
            }
            firstNanos.compareAndSet(0, now);
            lastNanos.set(now);
            if (path.equals("/api/token") && request.getMethod().getName().equals("POST")) {
                count("token");
                return json(200, SpotifyFake.resource("token.json"));
            }
            String[] segments = path.split("/");
            String kind = kind(segments, request);
            count(kind);
            if (!path.startsWith("/v1/")) {
                return error(404, "Service not found");
            }
            OptionalLong wait = gate.admit(now);
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.getAsLong() + 999_999_999L) / 1_000_000_000L);
                return errorBuilder(429, "API rate limit exceeded").withHeader("Retry-After", String.valueOf(seconds))
                        .build();
            }
            return answer(kind, segments, request);
        }

        private String kind(String[] segments, Request request) {
            // segments: "", "v1", resource, [id]
            if (segments.length < 3 || !segments[1].equals("v1")) {
                return "other";
            }
            boolean batch = segments.length == 3;
            switch (segments[2]) {
                case "tracks":
                    return batch ? "several-tracks" : "track";
                case "artists":
                    return batch ? "several-artists" : "artist";
                case "albums":
                    return batch ? "several-albums" : "album";
                case "audio-features":
                    return batch ? "audio-features" : "audio-features-one";
                case "search":
                    return "search";
                default:
                    return "other";
            }
        }

        private ResponseDefinition answer(String kind, String[] segments, Request request) {
            if (kind.equals("search")) {
                QueryParameter q = request.queryParameter("q");
                return q.isPresent() ? json(200, catalogue.search(q.firstValue()).toString())
                        : error(400, "No search query");
            }
            if (BATCH_LIMITS.containsKey(kind)) {
                if (single) {
                    forbidden.increment();
                    return error(403, "Forbidden");
                }
                return several(kind, request);
            }
            if (kind.equals("other") || segments.length != 4) {
                return error(404, "Service not found");
            }
            String id = segments[3];
            if (!ID.matcher(id).matches()) {
                return error(400, "Invalid base62 id");
            }
            switch (kind) {
                case "track":
                    return json(200, catalogue.track(id).toString());
                case "artist":
                    return json(200, catalogue.artist(id).toString());
                case "album":
                    return json(200, catalogue.album(id).toString());
                default:
                    if (single) {
                        forbidden.increment();
                        return error(403, "Forbidden");
                    }
                    return json(200, catalogue.audioFeatures(id).toString());
            }
        }

        private ResponseDefinition several(String kind, Request request) {
            QueryParameter param = request.queryParameter("ids");
            if (!param.isPresent() || param.firstValue().isBlank()) {
                return error(400, "invalid request");
            }
            List<String> ids = Arrays.stream(param.firstValue().split(",")).map(String::strip).toList();
            if (ids.size() > BATCH_LIMITS.get(kind)) {
                return error(400, "Too many ids requested");
            }
            if (!ids.stream().allMatch(id -> ID.matcher(id).matches())) {
                return error(400, "Invalid base62 id");
            }
            switch (kind) {
                case "several-tracks":
                    return json(200, catalogue.several("tracks", ids, catalogue::track).toString());
                case "several-artists":
                    return json(200, catalogue.several("artists", ids, catalogue::artist).toString());
                case "several-albums":
                    return json(200, catalogue.several("albums", ids, catalogue::album).toString());
                default:
                    return json(200, catalogue.several("audio_features", ids, catalogue::audioFeatures)
                            .toString());
            }
        }

        private void count(String kind) {
            counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
    }

    private static ResponseDefinition json(int status, String body) {
        return jsonBuilder(status, body).build();
    }

    private static ResponseDefinitionBuilder jsonBuilder(int status, String body) {
        // Spotify's own caching headers: the client's cache decides by its own rules, never by these.
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("Cache-Control", "private, max-age=0").withBody(body);
    }

    private static ResponseDefinition error(int status, String message) {
        return errorBuilder(status, message).build();
    }

    private static ResponseDefinitionBuilder errorBuilder(int status, String message) {
        return jsonBuilder(status, "{\"error\":{\"status\":" + status + ",\"message\":\"" + message + "\"}}");
    }

    /**
     * {@code [--port N] [--requests-per-30s R] [--single]}: starts the fake, prints the configuration that points
     * ScoutDesk at it, and runs until Ctrl-C, printing the counts after every quiet spell of 3 s and on exit.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = 8090;
        int perWindow = 50;
        boolean single = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port":
                    port = Integer.parseInt(args[++i]);
                    break;
                case "--requests-per-30s":
                    perWindow = Integer.parseInt(args[++i]);
                    break;
                case "--single":
                    single = true;
                    break;
                default:
                    System.err.println("usage: BenchSpotifyServer [--port N] [--requests-per-30s R] [--single]");
                    System.exit(2);
            }
        }
        BenchSpotifyServer fake = new BenchSpotifyServer(port, perWindow, Duration.ofSeconds(30), single).start();
        System.out.printf("Benchmark fake Spotify on %s: R = %d requests per rolling 30 s, %s%n", fake.baseUrl(),
                perWindow, single ? "--single (batch endpoints answer 403, as in Dev Mode)" : "batch endpoints on");
        System.out.println("Point ScoutDesk at it:");
        System.out.println("  export SCOUTDESK_SPOTIFY_API_URL=" + fake.baseUrl());
        System.out.println("  export SCOUTDESK_SPOTIFY_ACCOUNTS_URL=" + fake.baseUrl());
        System.out.println("  export SCOUTDESK_SPOTIFY_CLIENT_ID=" + CLIENT_ID);
        System.out.println("  export SCOUTDESK_SPOTIFY_CLIENT_SECRET=" + CLIENT_SECRET);
        System.out.println("  export SCOUTDESK_SPOTIFY_REQUESTS_PER_30S=" + perWindow);
        System.out.println("Ctrl-C stops it; counts are printed after each quiet spell of 3 s and on exit.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping. Totals since start:");
            System.out.print(fake.summary());
            System.out.flush();
            fake.close();
            stopped.countDown();
        }, "bench-spotify-stop"));
        long reported = -1;
        while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
            long last = fake.lastNanos.get();
            if (last != 0 && last != reported && System.nanoTime() - last > 3_000_000_000L) {
                reported = last;
                System.out.println("Quiet for 3 s. Totals since start:");
                System.out.print(fake.summary());
                System.out.flush();
            }
        }
    }
}
