package com.scoutdesk.service;

/**
 * The workspace could not be opened. The message is for a desktop user: it names the folder and the problem and no
 * command-line flag, so the window can offer its own way out (another folder, quit).
 */
public final class WorkspaceUnavailableException extends UseCaseException {

    private final boolean inUse;

    /** @param inUse another ScoutDesk window or command holds the workspace: it opens once that one closes */
    public WorkspaceUnavailableException(String message, boolean inUse, Throwable cause) {
        super(message, cause);
        this.inUse = inUse;
    }

    /** Whether another ScoutDesk holds the workspace, rather than something being wrong with it. */
    public boolean inUse() {
        return inUse;
    }
}
