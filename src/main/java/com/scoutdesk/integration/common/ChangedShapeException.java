package com.scoutdesk.integration.common;

/** The source answered, but not in the shape we know: it changed, and nothing it said was used. */
public final class ChangedShapeException extends ProviderException {

    public ChangedShapeException(Provider provider, String detail, Throwable cause) {
        super(provider, "The " + provider.displayName() + " changed: " + detail, cause);
    }
}
