package com.scoutdesk.integration.common;

import java.time.Instant;

/**
 * Hears of what keeps a provider's requests waiting, so that a front end can say so while it waits: the command line's
 * progress shows "rate-limited until 17:42:10" during a {@code Retry-After} wait that would otherwise only be logged.
 * Called on the requesting thread; it must return quickly.
 */
public interface ProviderListener {

    /** A 429's {@code Retry-After} is being waited out; requests go on at {@code until}. */
    void rateLimited(Provider provider, Instant until);

    /** Connecting or reading kept failing: the provider is unreachable for now (offline?). */
    default void unreachable(Provider provider) {
    }
}
