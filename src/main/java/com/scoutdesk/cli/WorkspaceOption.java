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
}
