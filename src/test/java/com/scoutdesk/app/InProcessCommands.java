package com.scoutdesk.app;

import com.scoutdesk.cli.CommandLineRunner;
import com.scoutdesk.testing.TestEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs {@code scoutdesk} commands in this JVM through the real composition root (configuration from {@code env}, the
 * workspace, its backups, the credentials), with no window, and collects what they print.
 */
final class InProcessCommands {

    private InProcessCommands() {
    }

    /** The command line on {@code workspace}; callers may adjust it before {@link #run(CommandLine, String...)}. */
    static CommandLine commandLine(Path workspace, Map<String, String> given) {
        Map<String, String> env = TestEnvironment.withoutRealSources(given);
        AppPaths paths = new AppPaths(workspace.toAbsolutePath().normalize());
        return CommandLineRunner.create(ws -> AppContext.open(paths, env, false), ws -> WorkspaceBackups.open(paths,
                env), ws -> UserCredentials.open(paths, env), ws -> {
                    throw new AssertionError("no window in this test");
                });
    }

    /** Runs one command that names its workspace itself, with {@code --workspace DIR}. */
    static String[] runNamingTheWorkspace(Map<String, String> given, String... args) {
        Map<String, String> env = TestEnvironment.withoutRealSources(given);
        return run(CommandLineRunner.create(ws -> AppContext.open(new AppPaths(ws.orElseThrow()), env, false),
                ws -> WorkspaceBackups.open(new AppPaths(ws.orElseThrow()), env), ws -> {
                    throw new AssertionError("no window in this test");
                }), args);
    }

    /** Runs one command; returns its exit code, standard output and standard error, in that order. */
    static String[] run(Path workspace, Map<String, String> env, String... args) {
        return run(commandLine(workspace, env), args);
    }

    static String[] run(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }
}
