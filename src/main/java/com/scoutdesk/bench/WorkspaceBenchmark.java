package com.scoutdesk.bench;

import com.scoutdesk.model.Week;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.bulk.BulkLoader;
import com.scoutdesk.sample.SyntheticSpec;
import com.scoutdesk.sample.SyntheticWorkspaceGenerator;
import com.scoutdesk.service.Completeness;
import com.scoutdesk.service.DatabaseExportService;
import com.scoutdesk.service.DatabaseTrackQueryService;
import com.scoutdesk.service.ExportColumn;
import com.scoutdesk.service.ExportGranularity;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackQueryService;
import com.scoutdesk.service.export.CsvOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Builds a synthetic workspace in an empty database and measures what a scout waits for: the load, the dashboard's
 * filter queries (a page of 500 rows with its count, and the metric cards), a full CSV export and the heap.
 */
public final class WorkspaceBenchmark {

    private static final int WARMUP = 10;
    private static final String[] SEARCHES = {"neon", "hearts", "mara", "the quiet", "okafor", "summer", "feat",
        "golden", "ghost", "records", "lo", "vell"};

    private final Database db;
    private final Consumer<String> progress;
    private final int runs;

    public WorkspaceBenchmark(Database db, Consumer<String> progress, int runs) {
        this.db = db;
        this.progress = progress;
        this.runs = runs;
    }

    public BenchmarkReport run(int entries, Path exportFile) throws IOException {
        Loaded loaded = load(entries);

        TrackQueryService tracks = new DatabaseTrackQueryService(db);
        List<Week> weeks = tracks.weeks();
        List<PlaylistOption> playlists = tracks.playlists();
        SplittableRandom random = new SplittableRandom(7);
        List<BenchmarkReport.QueryTiming> timings = new ArrayList<>();
        Map<String, IntFunction<TrackFilter>> kinds = new java.util.LinkedHashMap<>();
        kinds.put("search", i -> TrackFilter.all().withSearch(SEARCHES[i % SEARCHES.length]));
        kinds.put("score range", i -> {
            double min = random.nextInt(0, 90) / 10.0;
            return TrackFilter.all().withScoreRange(min, Math.min(10.0, min + random.nextInt(5, 40) / 10.0));
        });
        kinds.put("completeness", i -> TrackFilter.all().withCompleteness(Map.of(
                Completeness.values()[i % 4], i % 2 == 0, Completeness.values()[(i + 1) % 4], i % 3 != 0)));
        kinds.put("week + playlist", i -> TrackFilter.all().withWeek(weeks.get(random.nextInt(weeks.size())))
                .withPlaylist(playlists.get(random.nextInt(playlists.size())).id()));
        for (var kind : kinds.entrySet()) {
            progress.accept("Timing " + kind.getKey() + " queries...");
            timings.add(time(kind.getKey() + ": page of 500 + count",
                    i -> tracks.find(kind.getValue().apply(i), 0, 500)));
            timings.add(time(kind.getKey() + ": metric cards", i -> tracks.stats(kind.getValue().apply(i))));
        }

        progress.accept("Exporting every weekly entry to CSV...");
        long t1 = System.nanoTime();
        long rows = new DatabaseExportService(db).export(TrackFilter.all(), ExportGranularity.ENTRY,
                ExportColumn.DEFAULT_ENTRY, exportFile, CsvOptions.defaults());
        double exportMs = ms(t1);
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new BenchmarkReport(entries, loaded.tracks(), loaded.rows(), loaded.loadMs(), timings, rows, exportMs,
                Files.size(exportFile), heap.getUsed(), heap.getMax());
    }

    /** Generates the synthetic workspace and writes it in one transaction: the part {@code bench ui} needs too. */
    public Loaded load(int entries) {
        progress.accept("Generating and loading " + entries + " weekly entries...");
        long t0 = System.nanoTime();
        var data = SyntheticWorkspaceGenerator.generate(
                SyntheticSpec.benchmark(entries, Week.containing(Instant.now())));
        new BulkLoader(db).load(data);
        return new Loaded(data.tracks().size(), data.rowCount(), ms(t0));
    }

    /** What {@link #load(int)} wrote and how long it took. */
    public record Loaded(int tracks, long rows, double loadMs) {
    }

    private BenchmarkReport.QueryTiming time(String name, IntFunction<Object> query) {
        for (int i = 0; i < WARMUP; i++) {
            query.apply(i);
        }
        double[] samples = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.apply(i);
            samples[i] = ms(t);
        }
        Arrays.sort(samples);
        return new BenchmarkReport.QueryTiming(name, runs, percentile(samples, 50), percentile(samples, 95),
                samples[samples.length - 1]);
    }

    /** Nearest-rank percentile of sorted samples. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }
}
