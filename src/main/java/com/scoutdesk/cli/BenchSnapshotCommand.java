package com.scoutdesk.cli;

import com.scoutdesk.bench.SnapshotBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code scoutdesk bench snapshot}: the time to compute and write a week's performance snapshots and the contacts'
 * aggregates on a synthetic workspace, once the refresh of play counts and views is done (target 10 s on 100,000
 * entries, 20,000 tracks). Runs in a new temporary workspace, like {@code bench}.
 */
@Command(name = "snapshot", description = "Measure writing a week's performance snapshots and contact aggregates "
        + "on a synthetic workspace, once the refresh is done (target <= 10 s on 100,000 entries).")
final class BenchSnapshotCommand implements Callable<Integer> {

    static final double TARGET_MS = 10_000;

    @ParentCommand
    BenchCommand bench;

    @Mixin
    WorkspaceOption workspaceOption;

    @Spec
    CommandSpec spec;

    @Option(names = "--entries", defaultValue = "100000", description = "Weekly entries to generate (about one "
            + "track per five entries; default ${DEFAULT-VALUE}).")
    int entries;

    @Option(names = "--runs", defaultValue = "3", description = "Times the week is written (the first writes it, "
            + "the others write it again; default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--keep", description = "Keep the temporary workspace instead of deleting it.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        if (entries < 1000 || runs < 1) {
            throw new ParameterException(spec.commandLine(), "--entries must be at least 1000 and --runs at least 1.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BenchWorkspace.measure(bench, workspaceOption, (Path) null, keep, "scoutdesk-bench-snapshot-", out, err,
                (ws, dir) -> {
                    if (BenchWorkspace.refusesNonEmpty(ws, dir, err)) {
                        return 1;
                    }
                    SnapshotBenchmark.Report r = ws.snapshotBenchmark(m -> {
                        out.println("  " + m);
                        out.flush();
                    }).run(entries, runs);
                    print(r, out);
                    return 0;
                });
    }

    static void print(SnapshotBenchmark.Report r, PrintWriter out) {
        out.println();
        out.printf("ScoutDesk snapshot benchmark: %,d weekly entries over %,d tracks (loaded in %,.0f ms)%n",
                r.entries(), r.tracks(), r.loadMs());
        out.printf("Week %s: %,d snapshot rows (%,d in the workspace), %,d gaps, %,d contacts' aggregates%n",
                r.week(), r.weekRows(), r.snapshotRows(), r.gaps(), r.contacts());
        for (int i = 0; i < r.writeMs().size(); i++) {
            out.printf("  %-40s %,10.0f ms   target <= %,.0f ms%n", i == 0 ? "write the week (first)"
                    : "write it again (run " + (i + 1) + ")", r.writeMs().get(i), TARGET_MS);
        }
    }
}
