package com.scoutdesk.cli;

import com.scoutdesk.bench.EnrichmentLoadResult;
import com.scoutdesk.bench.LaunchOptions;
import com.scoutdesk.bench.UiBenchmarkReport;
import com.scoutdesk.bench.UiBenchmarkReport.FilterTiming;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Prints the figures of {@code bench ui}, each with its target and PASS or OVER. */
final class UiBenchmarkPrinter {

    private UiBenchmarkPrinter() {
    }

    static void print(UiBenchmarkReport r, PrintWriter out) {
        out.println();
        out.printf("ScoutDesk UI benchmark: the window at 1280 x 800 on %,d tracks%n", r.tracks());
        out.println("  JVM options: " + LaunchOptions.current().describe());
        out.printf("First full dashboard (rows, count, metric cards)  %,9.0f ms   target <= %,.0f ms   %s%n",
                r.firstDashboardMs(), UiBenchmarkReport.FIRST_DASHBOARD_TARGET_MS,
                verdict(r.firstDashboardMs(), UiBenchmarkReport.FIRST_DASHBOARD_TARGET_MS));
        out.printf("  the dashboard was laid out after %,.0f ms; the rest waited for its data%n", r.firstLayoutMs());
        out.printf("Filter changes until the table shows the result (target p95 <= %,.0f ms):%n",
                UiBenchmarkReport.FILTER_P95_TARGET_MS);
        out.printf("  %-52s %5s %9s %9s %9s%n", "change", "runs", "p50 ms", "p95 ms", "max ms");
        for (FilterTiming f : r.filters()) {
            out.printf("  %-52s %5d %9.1f %9.1f %9.1f%s%n", f.name(), f.runs(), f.p50Ms(), f.p95Ms(), f.maxMs(),
                    f.name().equals(UiBenchmarkReport.ALL_FILTERS)
                            ? "   " + verdict(f.p95Ms(), UiBenchmarkReport.FILTER_P95_TARGET_MS) : "");
        }
        EnrichmentLoadResult e = r.enrichment();
        out.printf("Longest FX thread stall while enriching            %,9.1f ms   target <= %,.0f ms      %s%n",
                r.longestStallMs(), UiBenchmarkReport.STALL_TARGET_MS,
                verdict(r.longestStallMs(), UiBenchmarkReport.STALL_TARGET_MS));
        out.printf("  %,d frames over %.1f s, %,d of them more than %.0f ms after the one before%n", r.frames(),
                e.seconds(), r.slowFrames(), UiBenchmarkReport.STALL_TARGET_MS);
        out.printf("  %,d of %,d tracks enriched (tiers %s): %,d runs done, %,d skipped, "
                + "failed or deferred; %s%n", e.doneTracks(), e.queuedTracks(),
                e.tiers().stream().map(t -> String.valueOf(t.number())).collect(Collectors.joining(", ")),
                e.runsDone(), e.runsOther(), e.finished() ? "the pass ended by itself"
                        : "the pass was stopped at the end of --enrich-seconds (the rest stays queued)");
        if (r.rssBytes().isPresent()) {
            double mb = r.rssBytes().getAsLong() / (1024.0 * 1024.0);
            out.printf("Resident memory (highest VmRSS sampled)            %,9.0f MB   target <= %,d MB      %s%n", mb,
                    UiBenchmarkReport.RSS_TARGET_BYTES >> 20,
                    verdict(r.rssBytes().getAsLong(), UiBenchmarkReport.RSS_TARGET_BYTES));
        } else {
            out.printf("Resident memory (VmRSS)                                  n/a      target <= %,d MB      n/a "
                    + "(no /proc/self/status here)%n", UiBenchmarkReport.RSS_TARGET_BYTES >> 20);
        }
        UiBenchmarkReport.Heap heap = r.heap();
        out.printf("  Java heap at the end: %,d MB used, %,d MB committed, %,d MB max%n", heap.used() >> 20,
                heap.committed() >> 20, heap.max() >> 20);
        out.flush();
    }

    static String verdict(double value, double target) {
        return value <= target ? "PASS" : "OVER";
    }
}
