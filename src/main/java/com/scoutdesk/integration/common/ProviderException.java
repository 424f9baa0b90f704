package com.scoutdesk.integration.common;

/**
 * A call to an external source failed. Subclasses say how, so callers can tell rate-limited, offline, a changed
 * source and a refused request apart; messages are written for the scout and say what happens next.
 */
public abstract class ProviderException extends RuntimeException {

    private final Provider provider;

    protected ProviderException(Provider provider, String message, Throwable cause) {
        super(message, cause);
        this.provider = provider;
    }

    public Provider provider() {
        return provider;
    }
}
