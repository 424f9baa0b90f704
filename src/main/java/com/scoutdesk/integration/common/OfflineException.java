package com.scoutdesk.integration.common;

/** The source could not be reached (no network, DNS, connection refused, timeout): try again later. */
public final class OfflineException extends ProviderException {

    public OfflineException(Provider provider, Throwable cause) {
        super(provider, provider.displayName() + " cannot be reached (offline?); will retry.", cause);
    }

    /** With a message of the caller's, e.g. a verdict that says what could not be checked because of it. */
    public OfflineException(Provider provider, String message, Throwable cause) {
        super(provider, message, cause);
    }
}
