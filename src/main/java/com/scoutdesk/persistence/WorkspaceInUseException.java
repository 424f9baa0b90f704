package com.scoutdesk.persistence;

import java.nio.file.Path;

/** Another ScoutDesk window or command already has this workspace open. */
public final class WorkspaceInUseException extends WorkspaceException {

    public WorkspaceInUseException(Path workspaceDir) {
        super("The workspace " + workspaceDir.toAbsolutePath() + " is already open in another ScoutDesk window or "
                + "command. Close that one first, or open a different workspace with --workspace DIR.");
    }
}
