package com.scoutdesk.integration.common;

/**
 * The source refused this particular thing: it does not exist, is private, is restricted in the region, or this
 * app may not read it (a capability Spotify closed for development-mode apps).
 */
public final class UnavailableException extends ProviderException {

    /** Why the thing could not be read. */
    public enum Reason { NOT_FOUND, PRIVATE, RESTRICTED, NOT_ALLOWED }

    private final Reason reason;
    private final int httpStatus;

    public UnavailableException(Provider provider, Reason reason, int httpStatus, String message) {
        super(provider, message, null);
        this.reason = reason;
        this.httpStatus = httpStatus;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status behind it, or 0 when the source is not HTTP (a web page). */
    public int httpStatus() {
        return httpStatus;
    }
}
