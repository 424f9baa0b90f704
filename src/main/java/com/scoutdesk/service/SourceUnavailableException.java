package com.scoutdesk.service;

/** No source could answer (offline, rate-limited, the playlist gone or private); the message says which and why. */
public class SourceUnavailableException extends UseCaseException {

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
