package com.scoutdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the commands that run on a workspace: opens it, runs, closes it, and prints config warnings. */
abstract class WorkspaceCommand implements Callable<Integer> {

    /** The root command, however deep this command sits (e.g. {@code playlists add}). */
    ScoutDeskCommand rootCommand() {
        return (ScoutDeskCommand) spec.root().userObject();
    }

    @Mixin
    WorkspaceOption workspaceOption;

    @Spec
    CommandSpec spec;

    Optional<Path> workspace() {
        return workspaceOption.orElse(rootCommand().workspaceOption);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public Integer call() throws Exception {
        checkOptions();
        try (OpenedWorkspace ws = rootCommand().opener().open(workspace())) {
            rootCommand().opened(ws);
            ws.warnings().forEach(w -> err().println("scoutdesk: " + TerminalText.escapeKeepingLines(w)));
            return run(ws);
        }
    }

    /**
     * Checks what can be checked without the workspace, before it is opened (opening takes seconds): throw a
     * {@link picocli.CommandLine.ParameterException} saying what is wrong and what to do.
     */
    void checkOptions() {
    }

    abstract int run(OpenedWorkspace workspace) throws Exception;

    /**
     * The tracked playlist a scout named by its number, Spotify link or Spotify id.
     *
     * @throws picocli.CommandLine.ParameterException saying what was wrong, when no tracked playlist matches
     */
    long playlist(OpenedWorkspace workspace, String value) {
        try {
            return PlaylistArgument.resolve(value, workspace.services().tracks().playlists());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
