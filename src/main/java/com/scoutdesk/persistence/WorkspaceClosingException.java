package com.scoutdesk.persistence;

/** A write came after the workspace began to close (the window closing, or the process told to stop). */
public final class WorkspaceClosingException extends IllegalStateException {

    public WorkspaceClosingException() {
        super("The workspace is closing, so this change was not saved. Open the workspace again and repeat it.");
    }
}
