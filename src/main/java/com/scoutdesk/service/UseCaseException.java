package com.scoutdesk.service;

/**
 * A use case refused a request or could not do it. The message says, in words a scout can act on, what was wrong;
 * it names no command-line flag and no window control, so each front end adds its own hint.
 */
public class UseCaseException extends RuntimeException {

    public UseCaseException(String message) {
        super(message);
    }

    public UseCaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
