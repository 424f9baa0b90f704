package com.scoutdesk.persistence;

/** A workspace could not be opened; the message is written for the scout and says what to do. */
public class WorkspaceException extends RuntimeException {

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
