package com.scoutdesk.cli;

import com.scoutdesk.bench.BenchmarkReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code scoutdesk bench}: builds a synthetic workspace and prints load time, filter-query latency, export time and
 * heap. It runs in a new temporary workspace (never the scout's own) unless {@code --workspace} names an empty one.
 */
@Command(name = "bench", description = "Measure load, filter queries, CSV export and heap on a synthetic workspace; "
        + "`bench enrich` measures enrichment, `bench registries` the registry tiers, `bench ui` the window, `bench snapshot` the weekly snapshot.",
        subcommands = {BenchEnrichCommand.class, BenchRegistriesCommand.class, BenchUiCommand.class,
            BenchSnapshotCommand.class})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    ScoutDeskCommand root;

    @Mixin
    WorkspaceOption workspaceOption;

    @Spec
    CommandSpec spec;

    @Option(names = "--entries", defaultValue = "100000", description = "Weekly entries to generate "
            + "(about one track per five entries; default ${DEFAULT-VALUE}).")
    int entries;

    @Option(names = "--runs", defaultValue = "50",
            description = "Timed runs per query kind (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--keep", description = "Keep the temporary workspace and export instead of deleting them.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        if (entries < 1000 || runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--entries must be at least 1000 and --runs at least 1.");
        }
        PrintWriter out = spec.commandLine().getOut();
        var given = workspaceOption.orElse(root.workspaceOption);
        Path dir = given.isPresent() ? given.get() : Files.createTempDirectory("scoutdesk-bench-");
        try (OpenedWorkspace ws = root.opener().open(java.util.Optional.of(dir))) {
            if (!ws.services().sample().isWorkspaceEmpty()) {
                out.println("The workspace " + dir + " is not empty; the benchmark needs an empty one. "
                        + "Leave out --workspace to use a temporary workspace.");
                return 1;
            }
            Path export = dir.resolve("bench-export.csv");
            BenchmarkReport r = ws.benchmark(m -> {
                out.println("  " + m);
                out.flush();
            }, runs).run(entries, export);
            print(r, out);
        } finally {
            if (given.isEmpty() && !keep) {
                deleteTree(dir);
            } else {
                out.println("Workspace kept at " + dir);
            }
        }
        return 0;
    }

    static void print(BenchmarkReport r, PrintWriter out) {
        out.println();
        out.printf("ScoutDesk benchmark: %,d weekly entries over %,d tracks (%,d rows written)%n", r.entries(),
                r.tracks(), r.rowsLoaded());
        out.printf("Load (generate + write, one transaction)   %,10.0f ms   target <= 30,000 ms%n", r.loadMs());
        out.println("Dashboard filter queries (target p95 <= 50 ms):");
        out.printf("  %-44s %6s %9s %9s %9s%n", "query", "runs", "p50 ms", "p95 ms", "max ms");
        for (var q : r.queries()) {
            out.printf("  %-44s %6d %9.2f %9.2f %9.2f%n", q.name(), q.runs(), q.p50Ms(), q.p95Ms(), q.maxMs());
        }
        out.printf("CSV export of %,d rows (%,d bytes)       %,10.0f ms   target <= 2,000 ms%n", r.exportRows(),
                r.exportBytes(), r.exportMs());
        out.printf("Heap used %,d MB of max %,d MB%n", r.heapUsedBytes() >> 20, r.heapMaxBytes() >> 20);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
