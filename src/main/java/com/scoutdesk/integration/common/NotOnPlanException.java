package com.scoutdesk.integration.common;

/**
 * The provider answers this endpoint only on a higher plan than the configured account has (Chartmetric's 401/403
 * on plan-limited endpoints). Remembered, so it is not asked again every time; never a fault of the track.
 */
public final class NotOnPlanException extends ProviderException {

    private final String endpoint;

    public NotOnPlanException(Provider provider, String endpoint, int httpStatus) {
        super(provider, provider.displayName() + " does not serve " + endpoint + " on this account's plan (HTTP "
                + httpStatus + ")", null);
        this.endpoint = endpoint;
    }

    /** The endpoint kind refused, as the client names it (e.g. "track stats"). */
    public String endpoint() {
        return endpoint;
    }
}
