package com.scoutdesk.integration.common;

import java.time.Duration;

/**
 * The source answered, but did not finish within the time one item may take (a page that loads for ever, an answer
 * that never comes). Unlike {@link OfflineException} the source was reachable, so this counts as a failed attempt.
 */
public final class TimedOutException extends ProviderException {

    private final Duration limit;

    public TimedOutException(Provider provider, Duration limit, String detail) {
        super(provider, "The " + provider.displayName() + " did not finish within " + limit.toSeconds() + " s: "
                + detail, null);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
