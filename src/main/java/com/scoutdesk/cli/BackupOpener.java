package com.scoutdesk.cli;

import com.scoutdesk.service.backup.BackupService;
import java.nio.file.Path;
import java.util.Optional;

/** Holds a workspace for its backups without opening its database; implemented by the composition root. */
@FunctionalInterface
public interface BackupOpener {

    /**
     * @param workspace the {@code --workspace} option, if given
     * @throws RuntimeException with a message written for the user when the workspace cannot be held
     */
    BackupService open(Optional<Path> workspace);
}
