package com.scoutdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workspace a measuring subcommand of {@code bench} runs in: the one named with {@code --workspace}, else a new
 * temporary one that is deleted afterwards unless {@code --keep} is given; a {@code --config FILE} is copied in as
 * its {@code scoutdesk.properties}, so the benchmark never reads the scout's own workspace settings.
 */
final class BenchWorkspace {

    /** What the subcommand measures in the opened workspace; returns the exit code. */
    interface Measurement {
        int run(OpenedWorkspace workspace, Path dir) throws Exception;
    }

    private BenchWorkspace() {
    }

    /**
     * Says why the benchmark will not run in {@code ws} when it already holds data (a benchmark loads its own); true
     * when it refused.
     */
    static boolean refusesNonEmpty(OpenedWorkspace ws, Path dir, PrintWriter err) {
        if (ws.services().sample().isWorkspaceEmpty()) {
            return false;
        }
        err.println("scoutdesk: the workspace " + dir + " is not empty; the benchmark needs an empty one. "
                + "Leave out --workspace to use a temporary workspace.");
        return true;
    }

    static int measure(BenchCommand bench, WorkspaceOption own, Path config, boolean keep, String tempPrefix,
                       PrintWriter out, PrintWriter err, Measurement measurement) throws Exception {
        var given = own.orElse(bench.workspaceOption).or(() -> bench.root.workspaceOption.value());
        Path dir = given.isPresent() ? given.get() : Files.createTempDirectory(tempPrefix);
        try {
            if (config != null) {
                if (!Files.isRegularFile(config)) {
                    err.println("scoutdesk: --config " + config + " is not a readable file.");
                    return 2;
                }
                Files.createDirectories(dir);
                Files.copy(config, dir.resolve("scoutdesk.properties"));
            }
            try (OpenedWorkspace ws = bench.root.opener().open(Optional.of(dir))) {
                return measurement.run(ws, dir);
            }
        } finally {
            if (given.isEmpty() && !keep) {
                BenchCommand.deleteTree(dir);
            } else {
                out.println("Workspace kept at " + dir);
            }
        }
    }
}
