package com.scoutdesk.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --workspace DIR}, accepted before or after the command name. */
public final class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder (default: SCOUTDESK_HOME, else the OS data folder).")
    Path workspace;

    Optional<Path> value() {
        return Optional.ofNullable(workspace);
    }

    /** This option where given (after the command name), else the one given before the command name. */
    Optional<Path> orElse(WorkspaceOption beforeCommand) {
        return value().or(beforeCommand::value);
    }
}
