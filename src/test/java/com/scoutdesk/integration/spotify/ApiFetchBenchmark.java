package com.scoutdesk.integration.spotify;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.scoutdesk.integration.common.HttpPolicy;
import com.scoutdesk.integration.spotify.SpotifyFake.Shape;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;

/**
 * Fetches a 1,000-item playlist from a local fake and prints the requests made and the wall time of
 * {@link SpotifyApiClient#playlistItems(String)}: once cold with the production policy (fresh client, token fetch,
 * JIT not warm), then the median of warm fetches with the limiter out of the way. Run from the project folder after
 * {@code mvn -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test} with
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) <this class>}.
 */
public final class ApiFetchBenchmark {

    private static final int ITEMS = 1_000;
    private static final int WARM_RUNS = 20;

    private ApiFetchBenchmark() {
    }

    public static void main(String[] args) {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        try {
            SpotifyFake fake = new SpotifyFake(server, server.port());
            fake.token();
            fake.fullPlaylist("1000ItemsPlaylist00001", ITEMS, Shape.ITEMS);
            fake.fullPlaylist("1000ItemsPlaylist00002", ITEMS, Shape.TRACKS);
            URI base = URI.create(fake.baseUrl());
            SpotifyApiConfig production = SpotifyApiConfig.of(SpotifyFake.CLIENT_ID, SpotifyFake.CLIENT_SECRET)
                    .withUrls(base, base);
            SpotifyApiConfig unlimited = production.withHttp(HttpPolicy.of(100_000, Duration.ofSeconds(1)));
            System.out.printf("Spotify Web API fake on %s, playlist of %,d items, pages of 100%n", base, ITEMS);
            run("/items (Jackson)", "1000ItemsPlaylist00001", production, unlimited);
            run("/tracks (library, after one /items 404)", "1000ItemsPlaylist00002", production, unlimited);
        } finally {
            server.stop();
        }
    }

    private static void run(String label, String id, SpotifyApiConfig production, SpotifyApiConfig unlimited) {
        SpotifyApiClient cold = new SpotifyApiClient(production);
        long start = System.nanoTime();
        FetchedPlaylist playlist = cold.playlistItems(id);
        double coldMs = (System.nanoTime() - start) / 1e6;
        System.out.printf("%s%n  cold: %d items, complete=%s, %d requests, %.1f ms%n", label, playlist.items().size(),
                playlist.complete(), cold.requestCount(), coldMs);

        SpotifyApiClient warm = new SpotifyApiClient(unlimited);
        warm.playlistItems(id);
        long before = warm.requestCount();
        double[] millis = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            long t = System.nanoTime();
            warm.playlistItems(id);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("  warm: %d requests per fetch, median %.1f ms, min %.1f ms, max %.1f ms (%d runs)%n",
                (warm.requestCount() - before) / WARM_RUNS, millis[WARM_RUNS / 2], millis[0],
                millis[WARM_RUNS - 1], WARM_RUNS);
    }
}
