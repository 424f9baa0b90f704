package com.scoutdesk.bench;

import java.util.List;

/** What {@code scoutdesk bench} measured. Times in milliseconds. */
public record BenchmarkReport(int entries, long tracks, long rowsLoaded, double loadMs, List<QueryTiming> queries,
                              long exportRows, double exportMs, long exportBytes, long heapUsedBytes,
                              long heapMaxBytes) {

    /** Latency of one kind of dashboard query over repeated runs with varied parameters. */
    public record QueryTiming(String name, int runs, double p50Ms, double p95Ms, double maxMs) {
    }
}
