package com.scoutdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in this JVM on a given opener, and keeps what it printed. */
final class CliHarness {

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private CliHarness() {
    }

    /** An opener for commands that must be refused before any workspace is opened. */
    static WorkspaceOpener noWorkspace() {
        return ws -> {
            throw new AssertionError("the workspace must not be opened");
        };
    }

    static CommandLine commandLine(WorkspaceOpener opener) {
        return CommandLineRunner.create(opener, ws -> {
            throw new AssertionError("no backups in this test");
        }, ws -> {
            throw new AssertionError("no window in this test");
        });
    }

    static Result run(WorkspaceOpener opener, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = commandLine(opener);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
