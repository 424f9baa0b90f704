package com.scoutdesk.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.scoutdesk.testing.WarmUp;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake of the four registries for {@code scoutdesk bench registries}, a test tool that is never part of the
 * product. One WireMock on 127.0.0.1 serves The MLC under {@code /mlc}, MusicBrainz under {@code /musicbrainz},
 * Chartmetric under {@code /chartmetric} and YouTube under {@code /youtube} (each client takes a base URL with a
 * path), answers a synthetic catalogue derived from the ISRC or id in each request, enforces each provider's rate or
 * quota as the real one does, and counts requests and rejections per provider. A rejection in a benchmark is a
 * failure of ScoutDesk's limiter. See the README, "Registry benchmark", for how to run it.
 */
public final class BenchRegistryServer implements AutoCloseable {

    private static final String WARM_UP = "/__bench/warm-up";

    private final BenchMlc mlc;
    private final BenchMusicBrainz musicBrainz = new BenchMusicBrainz();
    private final BenchChartmetric chartmetric;
    private final BenchYouTube youtube;
    private final List<BenchProvider> providers;
    private final int mlcPerSecond;
    private final int chartmetricPerSecond;
    private final AtomicLong firstNanos = new AtomicLong();
    private final AtomicLong lastNanos = new AtomicLong();
    private final WireMockServer server;

    /** @param port 0 for any free port */
    public BenchRegistryServer(int port, int mlcPerSecond, int chartmetricPerSecond, int youtubeDailyUnits) {
        this.mlcPerSecond = mlcPerSecond;
        this.chartmetricPerSecond = chartmetricPerSecond;
        this.mlc = new BenchMlc(mlcPerSecond);
        this.chartmetric = new BenchChartmetric(chartmetricPerSecond);
        this.youtube = new BenchYouTube(youtubeDailyUnits);
        this.providers = List.of(mlc, musicBrainz, chartmetric, youtube);
        this.server = new WireMockServer(options().port(port).bindAddress("127.0.0.1").disableRequestJournal()
                .extensions(new Answers()));
    }

    public BenchRegistryServer start() {
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        warmUp();
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The settings that point ScoutDesk at this fake, as environment variables. */
    public Map<String, String> environment() {
        return Map.ofEntries(Map.entry("SCOUTDESK_MLC_URL", baseUrl() + mlc.prefix()),
                Map.entry("SCOUTDESK_MLC_USERNAME", BenchMlc.USERNAME),
                Map.entry("SCOUTDESK_MLC_PASSWORD", BenchMlc.PASSWORD),
                Map.entry("SCOUTDESK_MLC_REQUESTS_PER_SECOND", String.valueOf(mlcPerSecond)),
                Map.entry("SCOUTDESK_MUSICBRAINZ_URL", baseUrl() + musicBrainz.prefix()),
                Map.entry("SCOUTDESK_CHARTMETRIC_URL", baseUrl() + chartmetric.prefix()),
                Map.entry("SCOUTDESK_CHARTMETRIC_REFRESH_TOKEN", BenchChartmetric.REFRESH_TOKEN),
                Map.entry("SCOUTDESK_CHARTMETRIC_REQUESTS_PER_SECOND", String.valueOf(chartmetricPerSecond)),
                Map.entry("SCOUTDESK_YOUTUBE_URL", baseUrl() + youtube.prefix()),
                Map.entry("SCOUTDESK_YOUTUBE_API_KEY", BenchYouTube.API_KEY));
    }

    /** Requests received by provider name ("The MLC", "MusicBrainz", "Chartmetric", "YouTube"). */
    public Map<String, Long> totals() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        providers.forEach(p -> out.put(p.name(), p.total()));
        return out;
    }

    /** Requests by kind, for one provider. */
    public Map<String, Long> counts(String provider) {
        return providers.stream().filter(p -> p.name().equals(provider)).findFirst().orElseThrow().counts();
    }

    /** Requests refused (503, 429, quotaExceeded) over all providers. */
    public long rejected() {
        return providers.stream().mapToLong(BenchProvider::rejected).sum();
    }

    public String summary() {
        StringBuilder s = new StringBuilder();
        for (BenchProvider p : providers) {
            s.append(String.format("%-12s %,6d requests, %,d rejected; limit %s%n", p.name(), p.total(),
                    p.rejected(), p.limit()));
            p.counts().forEach((kind, n) -> s.append(String.format("    %-22s %,6d%n", kind, n)));
        }
        s.append(String.format("Worst rejected request came %.0f ms (MLC), %.0f ms (MusicBrainz), %.0f ms "
                + "(Chartmetric) too early%n", mlc.worstEarlyNanos() / 1e6, musicBrainz.worstEarlyNanos() / 1e6,
                chartmetric.worstEarlyNanos() / 1e6));
        if (firstNanos.get() != 0) {
            s.append(String.format("First to last request: %,.1f s%n", (lastNanos.get() - firstNanos.get()) / 1e9));
        }
        return s.toString();
    }

    long lastNanos() {
        return lastNanos.get();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** WireMock's first requests are slow (class loading, JIT); keep that out of the rate windows. */
    private void warmUp() {
        WarmUp.hit(URI.create(baseUrl() + WARM_UP), 200);
    }

    private final class Answers implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return "bench-registries";
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            long now = System.nanoTime();
            String path = URI.create(event.getRequest().getUrl()).getPath();
            if (path.equals(WARM_UP)) {
                SyntheticRegistryIds.seed(String.valueOf(now));
                return aResponse().withStatus(204).build();
            }
            for (BenchProvider p : providers) {
                if (path.startsWith(p.prefix() + "/")) {
                    firstNanos.compareAndSet(0, now);
                    lastNanos.set(now);
                    return p.serve(event.getRequest(), path.substring(p.prefix().length()), now);
                }
            }
            return BenchProvider.json(404, BenchProvider.object().put("error", "no provider at " + path)).build();
        }
    }
}
