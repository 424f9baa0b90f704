package com.scoutdesk.service;

/** The sample data only goes into an empty workspace, and this one holds playlists or tracks already. */
public class WorkspaceNotEmptyException extends UseCaseException {

    public WorkspaceNotEmptyException(String message) {
        super(message);
    }
}
