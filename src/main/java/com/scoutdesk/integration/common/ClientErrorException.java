package com.scoutdesk.integration.common;

/** The source rejected our request (4xx other than 404/403/429): a bug or bad credentials; retrying will not help. */
public final class ClientErrorException extends ProviderException {

    private final int httpStatus;

    public ClientErrorException(Provider provider, int httpStatus, String message) {
        super(provider, provider.displayName() + " rejected the request (HTTP " + httpStatus + "): " + message, null);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
