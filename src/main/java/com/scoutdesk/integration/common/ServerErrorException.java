package com.scoutdesk.integration.common;

/** The source failed on its side (5xx) after our retries; try again later. */
public final class ServerErrorException extends ProviderException {

    private final int httpStatus;

    public ServerErrorException(Provider provider, int httpStatus, Throwable cause) {
        super(provider, provider.displayName() + " failed on its side (HTTP " + httpStatus + "); will retry later.",
                cause);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
