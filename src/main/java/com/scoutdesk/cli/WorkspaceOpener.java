package com.scoutdesk.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the workspace a command runs on; implemented by the composition root. */
@FunctionalInterface
public interface WorkspaceOpener {

    /**
     * @param workspace the {@code --workspace} option, if given
     * @throws RuntimeException with a message written for the user when the workspace cannot be opened
     */
    OpenedWorkspace open(Optional<Path> workspace);
}
