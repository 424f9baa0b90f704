package com.scoutdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/** {@code --help} works on every command and subcommand, without opening a workspace. */
class CommandLineHelpTest {

    @TestFactory
    Stream<DynamicTest> everyCommandAnswersHelpWithItsUsage() {
        List<List<String>> paths = new ArrayList<>();
        collect(CliHarness.commandLine(CliHarness.noWorkspace()), new ArrayList<>(), paths);
        assertThat(paths).as("the tree was walked").hasSizeGreaterThan(20);
        return paths.stream().map(path -> DynamicTest.dynamicTest("scoutdesk " + String.join(" ", path) + " --help",
                () -> {
                    List<String> args = new ArrayList<>(path);
                    args.add("--help");
                    CliHarness.Result r = CliHarness.run(CliHarness.noWorkspace(), args.toArray(String[]::new));
                    assertThat(r.exitCode()).as(r.err()).isZero();
                    assertThat(r.out()).startsWith("Usage: scoutdesk" + (path.isEmpty() ? "" : " ")
                            + String.join(" ", path)).contains("--help");
                }));
    }

    private static void collect(CommandLine cmd, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        cmd.getSubcommands().forEach((name, sub) -> {
            path.add(name);
            collect(sub, path, paths);
            path.remove(path.size() - 1);
        });
    }
}
