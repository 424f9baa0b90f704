package com.scoutdesk.integration.common;

/**
 * The provider refused the credentials ScoutDesk holds for it, even after logging in again: the scout has to set
 * them anew ({@code scoutdesk credentials set}, or Settings). Retrying will not help.
 */
public final class BadCredentialsException extends ProviderException {

    public BadCredentialsException(Provider provider, String detail) {
        super(provider, provider.displayName() + " refused the credentials (" + detail
                + "); set them again and test them", null);
    }
}
