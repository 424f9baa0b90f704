package com.scoutdesk.cli;

import com.scoutdesk.bench.RegistryBenchmark;
import com.scoutdesk.bench.RegistryProvider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code scoutdesk bench registries}: one pass of tiers 3 to 6 (The MLC, MusicBrainz, Chartmetric, YouTube) over
 * synthetic tracks against the configured providers, printing each provider's requests and bound, and the wall time
 * next to the bound the slowest provider sets (ADR 0020). Meant for the local benchmark fake (README, "Registry
 * benchmark"): a provider that is not on this machine is refused unless {@code --allow-remote}. Runs in a new
 * temporary workspace, like {@code bench enrich}.
 */
@Command(name = "registries", description = "Measure one pass of the registry tiers (3-6: The MLC, MusicBrainz, "
        + "Chartmetric, YouTube) on synthetic tracks against the configured providers, normally the benchmark fake "
        + "(see README).")
final class BenchRegistriesCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Mixin
    WorkspaceOption workspaceOption;

    @Spec
    CommandSpec spec;

    @Option(names = "--tracks", defaultValue = "100", description = "Synthetic tracks to enrich (default "
            + "${DEFAULT-VALUE}, at most 99,999).")
    int tracks;

    @Option(names = "--config", paramLabel = "FILE", description = "A scoutdesk.properties to use (the providers' "
            + "URLs, credentials and rates); SCOUTDESK_* environment variables also apply.")
    Path config;

    @Option(names = "--allow-remote", description = "Allow providers that are not on this machine.")
    boolean allowRemote;

    @Option(names = "--keep", description = "Keep the temporary workspace instead of deleting it.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        if (tracks < 1 || tracks > 99_999) {
            throw new ParameterException(spec.commandLine(), "--tracks must be between 1 and 99,999.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BenchWorkspace.measure(bench, workspaceOption, config, keep, "scoutdesk-bench-registries-", out, err,
                (ws, dir) -> run(ws, dir, out, err));
    }

    private int run(OpenedWorkspace ws, Path dir, PrintWriter out, PrintWriter err) throws Exception {
        if (BenchWorkspace.refusesNonEmpty(ws, dir, err)) {
            return 1;
        }
        RegistryBenchmark benchmark = ws.registryBenchmark(m -> {
            out.println("  " + m);
            out.flush();
        });
        List<RegistryProvider> configured = benchmark.providers().stream().filter(RegistryProvider::configured)
                .toList();
        if (configured.isEmpty()) {
            err.println("scoutdesk: no registry provider is configured. Start the benchmark fake and set the "
                    + "SCOUTDESK_* variables it prints (README, \"Registry benchmark\"), or pass --config FILE.");
            return 1;
        }
        List<String> remote = configured.stream().filter(p -> !BenchEnrichCommand.isLocal(p.url()))
                .map(p -> p.name() + " (" + p.url() + ")").toList();
        if (!allowRemote && !remote.isEmpty()) {
            err.println("scoutdesk: " + String.join(", ", remote) + (remote.size() == 1 ? " is" : " are") + " not on "
                    + "this machine. The synthetic ISRCs mean nothing there and would only spend your rate limits "
                    + "and quota; point SCOUTDESK_<PROVIDER>_URL at the benchmark fake (README, \"Registry "
                    + "benchmark\"), set SCOUTDESK_MUSICBRAINZ_URL empty to leave MusicBrainz out, or add "
                    + "--allow-remote.");
            return 1;
        }
        RegistryReportPrinter.providers(benchmark.providers(), out);
        out.flush();
        RegistryReportPrinter.print(benchmark.run(tracks), out);
        return 0;
    }
}
