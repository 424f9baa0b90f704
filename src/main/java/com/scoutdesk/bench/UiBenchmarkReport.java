package com.scoutdesk.bench;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The figures of {@code scoutdesk bench ui}, measured on the real window: how long the first full dashboard took,
 * how long each filter change took until the table showed its result, the longest gap between two frames of the FX
 * thread while tracks were enriched in the background, and the process's resident memory.
 *
 * @param tracks           the tracks the dashboard showed unfiltered
 * @param firstDashboardMs from building the window to the first frame with rows, metric cards and count filled
 * @param firstLayoutMs    from building the window to the first frame that laid out the dashboard, data or not: the
 *                         rest of {@code firstDashboardMs} is waiting for the dashboard's queries
 * @param filters          per kind of filter change, then every change together ({@link #ALL_FILTERS})
 * @param longestStallMs   the longest gap between two consecutive frames during the enrichment pass
 * @param frames           frames seen during the enrichment pass (a sanity check of the stall figure)
 * @param slowFrames       of them, those that came more than {@link #STALL_TARGET_MS} after the one before
 * @param enrichment       what the pass got through
 * @param rssBytes         the highest VmRSS sampled during the measurement; empty where /proc is not there
 * @param heap             the Java heap at the end, to tell the heap's share of the resident size
 */
public record UiBenchmarkReport(long tracks, double firstDashboardMs, double firstLayoutMs, List<FilterTiming> filters,
                                double longestStallMs, long frames, long slowFrames, EnrichmentLoadResult enrichment,
                                OptionalLong rssBytes, Heap heap) {

    public static final double FIRST_DASHBOARD_TARGET_MS = 1_500;
    public static final double FILTER_P95_TARGET_MS = 150;
    public static final double STALL_TARGET_MS = 50;
    public static final long RSS_TARGET_BYTES = 700L << 20;
    /** The name of the line over every filter change. */
    public static final String ALL_FILTERS = "all filter changes";

    public UiBenchmarkReport {
        filters = List.copyOf(filters);
    }

    /** The line over every filter change, on which the target is judged. */
    public FilterTiming allFilters() {
        return filters.stream().filter(f -> f.name().equals(ALL_FILTERS)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no filter change was timed"));
    }

    /** The heap's used, committed and maximum size in bytes. */
    public record Heap(long used, long committed, long max) {

        public static Heap now() {
            var usage = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            return new Heap(usage.getUsed(), usage.getCommitted(), usage.getMax());
        }
    }

    /** One kind of filter change: how many were timed and their p50, p95 and slowest, in milliseconds. */
    public record FilterTiming(String name, int runs, double p50Ms, double p95Ms, double maxMs) {

        /** The timing of these samples (nearest-rank percentiles, as {@code bench} reports its queries). */
        public static FilterTiming of(String name, double[] samplesMs) {
            if (samplesMs.length == 0) {
                throw new IllegalArgumentException("no samples for " + name);
            }
            double[] sorted = samplesMs.clone();
            Arrays.sort(sorted);
            return new FilterTiming(name, sorted.length, WorkspaceBenchmark.percentile(sorted, 50),
                    WorkspaceBenchmark.percentile(sorted, 95), sorted[sorted.length - 1]);
        }
    }
}
