package com.scoutdesk.cli;

import com.scoutdesk.bench.EnrichmentBenchmark;
import com.scoutdesk.bench.EnrichmentBenchmarkReport;
import com.scoutdesk.model.EnrichmentTier;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code scoutdesk bench enrich}: enriches synthetic tracks (tiers 0 and 1) against the configured Spotify Web API and
 * prints requests, wall time next to the bound the rate limit sets, and the pipeline's overhead. Meant for the local
 * benchmark fake (README, "Benchmark"): synthetic ids mean nothing to the real Spotify, so a remote API is refused
 * unless {@code --allow-remote}. Runs in a new temporary workspace, like {@code bench}.
 */
@Command(name = "enrich", description = "Measure enrichment (tiers 0 and 1) of synthetic tracks against the "
        + "configured Spotify Web API, normally the benchmark fake (see README).")
final class BenchEnrichCommand implements Callable<Integer> {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    @ParentCommand
    BenchCommand bench;

    @Mixin
    WorkspaceOption workspaceOption;

    @Spec
    CommandSpec spec;

    @Option(names = "--tracks", defaultValue = "3159", description = "Synthetic tracks to enrich "
            + "(default ${DEFAULT-VALUE}).")
    int tracks;

    @Option(names = "--tiers", split = ",", defaultValue = "0,1", paramLabel = "N[,N]",
            description = "Tiers to queue for every track: 0 (ISRC), 1 (Spotify metadata) or both (default "
                    + "${DEFAULT-VALUE}). Tier 2 needs Chromium and is not measured here.")
    List<Integer> tiers;

    @Option(names = "--config", paramLabel = "FILE", description = "A scoutdesk.properties to use (Spotify "
            + "credentials, URLs, SPOTIFY_REQUESTS_PER_30S); SCOUTDESK_* environment variables also apply.")
    Path config;

    @Option(names = "--allow-remote", description = "Allow a Spotify API that is not on this machine.")
    boolean allowRemote;

    @Option(names = "--keep", description = "Keep the temporary workspace instead of deleting it.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        List<EnrichmentTier> chosen = chosenTiers();
        if (tracks < 1) {
            throw new ParameterException(spec.commandLine(), "--tracks must be at least 1.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BenchWorkspace.measure(bench, workspaceOption, config, keep, "scoutdesk-bench-enrich-", out, err,
                (ws, dir) -> run(ws, dir, chosen, out, err));
    }

    private int run(OpenedWorkspace ws, Path dir, List<EnrichmentTier> chosen, PrintWriter out, PrintWriter err) {
        if (BenchWorkspace.refusesNonEmpty(ws, dir, err)) {
            return 1;
        }
        Optional<EnrichmentBenchmark> benchmark = ws.enrichmentBenchmark(m -> {
            out.println("  " + m);
            out.flush();
        });
        if (benchmark.isEmpty()) {
            err.println("scoutdesk: no Spotify credentials are configured, so there is nothing to enrich with. Set "
                    + "SCOUTDESK_SPOTIFY_CLIENT_ID and SCOUTDESK_SPOTIFY_CLIENT_SECRET (and SCOUTDESK_SPOTIFY_API_URL "
                    + "and SCOUTDESK_SPOTIFY_ACCOUNTS_URL for the benchmark fake), or pass --config FILE. The "
                    + "benchmark runs in a temporary workspace, so your workspace's scoutdesk.properties is not read.");
            return 1;
        }
        List<String> endpoints = ws.spotifyEndpoints();
        if (!allowRemote && !endpoints.stream().allMatch(BenchEnrichCommand::isLocal)) {
            err.println("scoutdesk: the configured Spotify (" + String.join(", ", endpoints) + ") is not on this "
                    + "machine. The benchmark's synthetic tracks do not exist there and would only spend the app's "
                    + "rate limit; point SCOUTDESK_SPOTIFY_API_URL and SCOUTDESK_SPOTIFY_ACCOUNTS_URL at the "
                    + "benchmark fake (README, \"Benchmark\"), or add --allow-remote.");
            return 1;
        }
        out.printf("Spotify Web API %s, accounts %s; R = %d requests per rolling 30 s%n", endpoints.get(0),
                endpoints.get(1), benchmark.get().perWindow());
        out.println("Tier 2 (web player credits and play count) is left out: it needs Chromium.");
        out.flush();
        EnrichmentBenchmarkReport report = benchmark.get().run(tracks, chosen);
        print(report, out);
        return 0;
    }

    private List<EnrichmentTier> chosenTiers() {
        List<EnrichmentTier> chosen = new ArrayList<>();
        for (int n : tiers) {
            Optional<EnrichmentTier> tier = EnrichmentBenchmark.measurableTiers().stream()
                    .filter(t -> t.number() == n).findFirst();
            if (tier.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--tiers takes 0 and 1, not " + n + (n == 2
                        ? ": tier 2 (web player credits) needs Chromium and is not part of this benchmark." : "."));
            }
            if (!chosen.contains(tier.get())) {
                chosen.add(tier.get());
            }
        }
        return chosen;
    }

    static void print(EnrichmentBenchmarkReport r, PrintWriter out) {
        out.println();
        out.printf("ScoutDesk enrichment benchmark: %,d tracks, tiers %s%n", r.tracks(), r.tiers().stream()
                .map(t -> t.number() + " (" + t.title() + ")").collect(Collectors.joining(" and ")));
        out.printf("Runs: %,d done, %,d skipped, %,d failed, %,d deferred%n", r.runs().done(), r.runs().skipped(),
                r.runs().failed(), r.runs().deferred());
        out.printf("Requests sent: %,d (Q; token, retries and 429s included), %,d look-ups answered from the "
                + "client's cache%n", r.requests(), r.cacheHits());
        if (r.requestsByKind().isEmpty()) {
            out.println("  by kind: not counted apart by this build's Spotify client (the benchmark fake prints "
                    + "them)");
        } else {
            new TreeMap<>(r.requestsByKind()).forEach((kind, n) -> out.printf("  %-22s %,8d%n", kind, n));
        }
        out.printf("R (SPOTIFY_REQUESTS_PER_30S): %d requests per rolling 30 s%n", r.perWindow());
        out.printf("Wall time (one pipeline pass): %,.1f s%n", r.wallSeconds());
        long windows = r.bound().toSeconds() / EnrichmentBenchmarkReport.WINDOW.toSeconds();
        out.printf("Bound: floor((Q-1)/R) x 30 s = floor((%,d-1)/%d) x 30 s = %,d x 30 s = %,d s%n", r.requests(),
                r.perWindow(), windows, r.bound().toSeconds());
        var percent = r.wallPercentOfBound();
        if (percent.isPresent()) {
            out.printf("Wall / bound: %.1f %% (target: within 10 %%, i.e. <= 110 %%)%n", percent.getAsDouble());
        } else {
            out.println("Wall / bound: n/a (all requests fit in one window, so the bound is 0 s)");
        }
        out.printf("In stages (requests, rate-limit waits): %,.1f s summed over lanes%n",
                r.timings().stageNanos() / 1e9);
        out.printf("Pipeline overhead (database + scoring): %.2f ms a track, %.2f ms a run, %,.1f s in all "
                + "(target: <= 2 ms a track)%n", r.overheadMillisPerTrack(), r.timings().overheadMillisPerRun(),
                r.timings().overheadNanos() / 1e9);
        out.flush();
    }

    static boolean isLocal(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null && LOOPBACK.contains(host.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
