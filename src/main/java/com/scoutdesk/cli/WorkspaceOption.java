package com.scoutdesk.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --workspace DIR}, accepted before or after the command name. */
public final class WorkspaceOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder (default: SCOUTDESK_HOME, else the OS data folder).")
    Path workspace;

    Optional<Path> value() {
        return Optional.ofNullable(workspace);
    }

    /**
     * This option where given (after the command name), else the one given before the command name.
     *
     * @throws ParameterException when both are given and name different folders
     */
    Optional<Path> orElse(WorkspaceOption beforeCommand) {
        Optional<Path> before = beforeCommand.value();
        if (workspace != null && before.isPresent() && !sameFolder(workspace, before.get())) {
            throw new ParameterException(spec.commandLine(), "--workspace is given twice, as " + before.get()
                    + " and as " + workspace + "; give it once, for the workspace you mean.");
        }
        return value().or(() -> before);
    }

    private static boolean sameFolder(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
