package com.scoutdesk.integration.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The source answered 429. {@code quotaExceeded} tells a spent quota (Spotify's QUOTA_EXCEEDED) from a burst. */
public final class RateLimitedException extends ProviderException {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Instant retryAt;
    private final boolean quotaExceeded;

    public RateLimitedException(Provider provider, Instant retryAt, boolean quotaExceeded) {
        super(provider, provider.displayName() + (quotaExceeded ? " quota used up" : " rate-limited") + " until "
                + HH_MM.format(retryAt.atZone(ZoneId.systemDefault())) + "; will retry then.", null);
        this.retryAt = retryAt;
        this.quotaExceeded = quotaExceeded;
    }

    public Instant retryAt() {
        return retryAt;
    }

    public boolean quotaExceeded() {
        return quotaExceeded;
    }
}
