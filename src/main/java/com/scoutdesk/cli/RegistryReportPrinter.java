package com.scoutdesk.cli;

import com.scoutdesk.bench.RegistryBenchmarkReport;
import com.scoutdesk.bench.RegistryProvider;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints what {@code scoutdesk bench registries} measured. */
final class RegistryReportPrinter {

    private RegistryReportPrinter() {
    }

    /** Before the pass: where each provider is and at what rate, or that it is left out. */
    static void providers(List<RegistryProvider> providers, PrintWriter out) {
        for (RegistryProvider p : providers) {
            if (p.configured()) {
                out.printf("%-12s tier %d  %s, %d request(s) a second%n", p.name(), p.tier().number(), p.url(),
                        p.perSecond());
            } else {
                out.printf("%-12s tier %d  not configured: left out of the pass and of the bound%n", p.name(),
                        p.tier().number());
            }
        }
    }

    static void print(RegistryBenchmarkReport r, PrintWriter out) {
        out.println();
        out.printf("ScoutDesk registry benchmark: %,d tracks, tiers 3-6 (tiers 0-2 done beforehand), one pass%n",
                r.tracks());
        out.printf("%-12s %4s %8s %9s %10s %12s%n", "provider", "tier", "rate/s", "requests", "own bound",
                "last settled");
        for (RegistryBenchmarkReport.Provider p : r.providers()) {
            if (!p.configured()) {
                out.printf("%-12s %4d   not configured, left out of the bound%n", p.name(), p.tier().number());
                continue;
            }
            Long settled = r.settled().get(p.tier());
            out.printf("%-12s %4d %8d %,9d %8d s %10s%n", p.name(), p.tier().number(), p.perSecond(), p.requests(),
                    p.bound().toSeconds(), settled == null ? "-" : String.format(Locale.ROOT, "%.1f s",
                            settled / 1e9));
        }
        out.println("Own bound = floor((requests-1)/rate) s: the first `rate` requests at once, then a second a "
                + "slot.");
        for (RegistryBenchmarkReport.Provider p : r.providers()) {
            if (p.configured() && !p.byKind().isEmpty()) {
                out.printf("  %s by kind: %s%n", p.name(), new TreeMap<>(p.byKind()).entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            }
        }
        out.println("Runs by tier after the pass:");
        r.runs().forEach((tier, counts) -> out.printf("  tier %d (%s): %s%n", tier.number(), tier.title(),
                runs(r, tier, counts)));
        out.printf("Wall time (one pipeline pass): %,.1f s%n", r.wallSeconds());
        RegistryBenchmarkReport.Provider slowest = r.slowest();
        out.printf("Bound set by the slowest provider%s: %,d s%n", slowest == null ? "" : " (" + slowest.name() + ")",
                r.bound().toSeconds());
        out.printf("Sum of the providers' bounds (one after another, no overlap): %,d s%n",
                r.sumOfBounds().toSeconds());
        var percent = r.wallPercentOfBound();
        if (percent.isPresent()) {
            out.printf("Wall / bound: %.1f %% (target: within 10 %% of the slowest provider's bound, i.e. <= 110 %%)"
                    + "%n", percent.getAsDouble());
        } else {
            out.println("Wall / bound: n/a (the bound is 0 s)");
        }
        out.println("Rejections (503/429) are counted by the benchmark fake: see its summary.");
        out.flush();
    }

    private static String runs(RegistryBenchmarkReport r, EnrichmentTier tier, Map<TierRunStatus, Long> counts) {
        StringBuilder s = new StringBuilder(String.format("%,d done, %,d failed, %,d deferred",
                r.runs(tier, TierRunStatus.DONE), r.runs(tier, TierRunStatus.FAILED),
                r.runs(tier, TierRunStatus.DEFERRED)));
        counts.forEach((status, n) -> {
            if (n > 0 && status != TierRunStatus.DONE && status != TierRunStatus.FAILED
                    && status != TierRunStatus.DEFERRED) {
                s.append(String.format(", %,d %s", n, status.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            }
        });
        return s.toString();
    }
}
