package com.scoutdesk.bench;

import com.scoutdesk.concurrent.NamedThreads;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.QueueCount;
import com.scoutdesk.enrichment.RunSelection;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.persistence.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Measures one pass of the registry tiers (3 to 6: The MLC, MusicBrainz, Chartmetric, YouTube) against the providers
 * the configuration names (for figures, the benchmark fake; see the README): inserts synthetic tracks that tiers 0 to
 * 2 have already done, queues the tiers of the configured providers, runs one pass of the real pipeline and clients
 * and reports each provider's requests, its own bound at its rate, and the wall time next to the bound the slowest
 * provider sets. Providers run side by side (ADR 0020), so the pass should take about that bound, not the sum of all.
 */
public final class RegistryBenchmark {

    private static final long PROGRESS_SECONDS = 10;

    private final Database db;
    private final TierRunQueue queue;
    private final EnrichmentPipeline pipeline;
    private final List<RegistryProvider> providers;
    private final Clock clock;
    private final Consumer<String> progress;

    public RegistryBenchmark(Database db, TierRunQueue queue, EnrichmentPipeline pipeline,
                             List<RegistryProvider> providers, Clock clock, Consumer<String> progress) {
        this.db = db;
        this.queue = queue;
        this.pipeline = pipeline;
        this.providers = List.copyOf(providers);
        this.clock = clock;
        this.progress = progress;
    }

    /** Every registry provider, configured or not, with its address and rate. */
    public List<RegistryProvider> providers() {
        return providers;
    }

    public RegistryBenchmarkReport run(int tracks) throws Exception {
        List<EnrichmentTier> tiers = providers.stream().filter(RegistryProvider::configured)
                .map(RegistryProvider::tier).toList();
        if (tiers.isEmpty()) {
            throw new IllegalStateException("no registry provider is configured");
        }
        progress.accept(String.format("Inserting %,d synthetic tracks with tiers 0-2 done, queueing tiers %s...",
                tracks, tiers.stream().map(t -> String.valueOf(t.number())).collect(Collectors.joining(", "))));
        List<Long> ids = RegistryBenchTracks.insert(db, tracks, clock.instant());
        for (int from = 0; from < ids.size(); from += 250) {
            queue.enqueue(ids.subList(from, Math.min(ids.size(), from + 250)), tiers);
        }
        Map<String, Long> before = sent();
        Map<EnrichmentTier, Long> settled = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        progress.accept(String.format("Running one pass over %,d runs...", (long) tracks * tiers.size()));
        ScheduledExecutorService ticker = progressTicker(start, before);
        try (AutoCloseable listening = pipeline.subscribe(outcome -> tier(outcome.tier())
                .ifPresent(tier -> settled.put(tier, System.nanoTime() - start)))) {
            pipeline.runDue(RunSelection.ofTiers(tiers));
        } finally {
            ticker.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        Map<String, Long> after = sent();
        List<RegistryBenchmarkReport.Provider> figures = new ArrayList<>();
        for (RegistryProvider p : providers) {
            figures.add(new RegistryBenchmarkReport.Provider(p.name(), p.tier(), p.url(), p.perSecond(),
                    p.configured(), after.getOrDefault(p.name(), 0L) - before.getOrDefault(p.name(), 0L),
                    p.requests().map(RegistryProvider.Counter::requestsByKind).orElse(Map.of())));
        }
        return new RegistryBenchmarkReport(tracks, figures, runsByTier(tiers), wall, Map.copyOf(settled));
    }

    private Map<String, Long> sent() {
        Map<String, Long> sent = new HashMap<>();
        providers.forEach(p -> p.requests().ifPresent(c -> sent.put(p.name(), c.requestsSent())));
        return sent;
    }

    private Map<EnrichmentTier, Map<TierRunStatus, Long>> runsByTier(List<EnrichmentTier> tiers) {
        Map<EnrichmentTier, Map<TierRunStatus, Long>> runs = new EnumMap<>(EnrichmentTier.class);
        for (QueueCount count : queue.reports().counts()) {
            tier(count.tier()).filter(tiers::contains).ifPresent(tier -> runs
                    .computeIfAbsent(tier, t -> new EnumMap<>(TierRunStatus.class)).put(count.status(), count.runs()));
        }
        return runs;
    }

    private static java.util.Optional<EnrichmentTier> tier(int number) {
        return java.util.Arrays.stream(EnrichmentTier.values()).filter(t -> t.number() == number).findFirst();
    }

    /** Every {@value #PROGRESS_SECONDS} s: each provider's requests so far, so a pass of minutes shows life. */
    private ScheduledExecutorService progressTicker(long start, Map<String, Long> before) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
                NamedThreads.daemon("bench-registries-progress"));
        ticker.scheduleAtFixedRate(() -> {
            Map<String, Long> now = sent();
            progress.accept(String.format("  %4.0f s: requests %s", (System.nanoTime() - start) / 1e9,
                    providers.stream().filter(RegistryProvider::configured).map(p -> p.name() + " "
                            + (now.getOrDefault(p.name(), 0L) - before.getOrDefault(p.name(), 0L)))
                            .collect(Collectors.joining(", "))));
        }, PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
        return ticker;
    }
}
