package com.scoutdesk.cli;

import com.scoutdesk.bench.RegistryProvider;
import com.scoutdesk.bench.UiBenchmarkPlan;
import com.scoutdesk.bench.WorkspaceBenchmark;
import com.scoutdesk.model.EnrichmentTier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code scoutdesk bench ui}: the window on the synthetic workspace of {@code bench}: time to the first full
 * dashboard, filter changes until the table shows the result, the longest stall of the FX thread while tracks are
 * enriched against the configured providers (normally the benchmark fakes; others are refused unless
 * {@code --allow-remote}), and the resident memory. Needs a display (Xvfb will do). A {@code --workspace} that holds
 * tracks already is measured as it is, so one generated with {@code --keep} can be measured again.
 */
@Command(name = "ui", description = "Measure the window on a synthetic workspace: first dashboard, filter changes, "
        + "FX thread stalls while tracks are enriched against the benchmark fakes, resident memory. Needs a display.")
final class BenchUiCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Mixin
    WorkspaceOption workspaceOption;

    @Spec
    CommandSpec spec;

    @Option(names = "--entries", defaultValue = "100000", description = "Weekly entries to generate in an empty "
            + "workspace (about one track per five entries; default ${DEFAULT-VALUE}).")
    int entries;

    @Option(names = "--runs", defaultValue = "30", description = "Timed filter changes (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--enrich-tracks", defaultValue = "1000", description = "Tracks enriched while the FX thread is "
            + "watched (default ${DEFAULT-VALUE}).")
    int enrichTracks;

    @Option(names = "--tiers", split = ",", defaultValue = "0,1", paramLabel = "N[,N...]", description = "Tiers to "
            + "enrich them in: 0, 1 (Spotify), 3-6 (registries); default ${DEFAULT-VALUE}. Tier 2 needs Chromium.")
    List<Integer> tiers;

    @Option(names = "--enrich-seconds", defaultValue = "300", description = "Longest time the enrichment is watched; "
            + "what is not done by then is stopped and stays queued (default ${DEFAULT-VALUE}).")
    int enrichSeconds;

    @Option(names = "--config", paramLabel = "FILE", description = "A scoutdesk.properties to use (the providers' "
            + "URLs, credentials and rates); SCOUTDESK_* environment variables also apply.")
    Path config;

    @Option(names = "--allow-remote", description = "Allow providers that are not on this machine.")
    boolean allowRemote;

    @Option(names = "--keep", description = "Keep the temporary workspace instead of deleting it.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        if (entries < 1000 || runs < 1 || enrichTracks < 1 || enrichSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--entries must be at least 1000, and --runs, "
                    + "--enrich-tracks and --enrich-seconds at least 1.");
        }
        List<EnrichmentTier> chosen = chosenTiers();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> noDisplay = missingDisplay();
        if (noDisplay.isPresent()) {
            err.println("scoutdesk: " + noDisplay.get());
            return 1;
        }
        return BenchWorkspace.measure(bench, workspaceOption, config, keep, "scoutdesk-bench-ui-", out, err,
                (ws, dir) -> run(ws, dir, chosen, out, err));
    }

    private int run(OpenedWorkspace ws, Path dir, List<EnrichmentTier> chosen, PrintWriter out, PrintWriter err)
            throws Exception {
        Optional<String> refused = refusedProviders(ws, chosen);
        if (refused.isPresent()) {
            err.println("scoutdesk: " + refused.get());
            return 1;
        }
        if (ws.services().sample().isWorkspaceEmpty()) {
            WorkspaceBenchmark.Loaded loaded = ws.benchmark(this::progress, 1).load(entries);
            out.printf("Loaded %,d weekly entries over %,d tracks (%,d rows) in %,.0f ms%n", entries, loaded.tracks(),
                    loaded.rows(), loaded.loadMs());
            // what generating left on the heap is not the window's: let the collector hand it back before measuring
            System.gc();
        } else {
            out.println("The workspace " + dir + " holds tracks already; measuring it as it is.");
        }
        out.flush();
        UiBenchmarkPlan plan = new UiBenchmarkPlan(runs, enrichTracks, chosen, Duration.ofSeconds(enrichSeconds));
        UiBenchmarkPrinter.print(bench.root.uiBenchmark().measure(ws.services(), plan, this::progress), out);
        return 0;
    }

    private void progress(String message) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("  " + message);
        out.flush();
    }

    /** Why the chosen tiers cannot run here: a provider not configured, or not on this machine. */
    private Optional<String> refusedProviders(OpenedWorkspace ws, List<EnrichmentTier> chosen) {
        List<String> remote = new ArrayList<>();
        if (chosen.contains(EnrichmentTier.ISRC) || chosen.contains(EnrichmentTier.SPOTIFY_METADATA)) {
            if (ws.enrichmentBenchmark(m -> { }).isEmpty()) {
                return Optional.of("tiers 0 and 1 need Spotify credentials. Start the Spotify benchmark fake and set "
                        + "the SCOUTDESK_SPOTIFY_* variables it prints (README, \"Enrichment benchmark\"), or pass "
                        + "--config FILE.");
            }
            ws.spotifyEndpoints().stream().filter(url -> !BenchEnrichCommand.isLocal(url))
                    .forEach(url -> remote.add("Spotify (" + url + ")"));
        }
        List<RegistryProvider> providers = ws.registryBenchmark(m -> { }).providers();
        for (EnrichmentTier tier : chosen) {
            Optional<RegistryProvider> provider = providers.stream().filter(p -> p.tier() == tier).findFirst();
            if (provider.isEmpty()) {
                continue;
            }
            if (!provider.get().configured()) {
                return Optional.of(provider.get().name() + " (tier " + tier.number() + ") is not configured. Start "
                        + "the registry benchmark fake and set the SCOUTDESK_* variables it prints (README, "
                        + "\"Registry benchmark\"), or leave the tier out of --tiers.");
            }
            if (!BenchEnrichCommand.isLocal(provider.get().url())) {
                remote.add(provider.get().name() + " (" + provider.get().url() + ")");
            }
        }
        if (!allowRemote && !remote.isEmpty()) {
            return Optional.of(String.join(", ", remote) + (remote.size() == 1 ? " is" : " are") + " not on this "
                    + "machine. The benchmark's synthetic tracks mean nothing there and would only spend your rate "
                    + "limits; point the SCOUTDESK_*_URL variables at the benchmark fakes (README, \"UI benchmark\"), "
                    + "or add --allow-remote.");
        }
        return Optional.empty();
    }

    private List<EnrichmentTier> chosenTiers() {
        List<EnrichmentTier> chosen = new ArrayList<>();
        for (int n : tiers) {
            Optional<EnrichmentTier> tier = java.util.Arrays.stream(EnrichmentTier.values())
                    .filter(t -> t.number() == n).findFirst();
            if (tier.isEmpty() || tier.get() == EnrichmentTier.WEB_PLAYER_CREDITS) {
                throw new ParameterException(spec.commandLine(), "--tiers takes 0, 1 and 3 to 6, not " + n + (n == 2
                        ? ": tier 2 (web player credits) needs Chromium and is not part of this benchmark." : "."));
            }
            if (!chosen.contains(tier.get())) {
                chosen.add(tier.get());
            }
        }
        return chosen;
    }

    /** On Linux a window needs an X or Wayland display, unless the headless Monocle platform is asked for (tests). */
    static Optional<String> missingDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        boolean headless = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform", ""));
        if (!linux || headless || !blank(System.getenv("DISPLAY")) || !blank(System.getenv("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of("bench ui opens the window and needs a display, and DISPLAY is not set. On a machine "
                + "without one start a virtual display and run with it: Xvfb :99 -screen 0 1400x900x24 & then "
                + "DISPLAY=:99 java -Dprism.order=sw -jar target/scoutdesk.jar bench ui");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
