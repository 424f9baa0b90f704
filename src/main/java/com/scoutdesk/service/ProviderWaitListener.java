package com.scoutdesk.service;

import java.time.Instant;

/**
 * Hears what keeps a provider's requests waiting while a use case runs (a fetch, an enrichment pass), so a front end
 * can say "Spotify rate-limited until 17:42:10" instead of going quiet. Called on the working thread; return quickly.
 */
public interface ProviderWaitListener {

    /**
     * A 429's {@code Retry-After} is being waited out.
     *
     * @param provider the provider's name as a person knows it, e.g. "Spotify"
     */
    default void rateLimited(String provider, Instant until) {
    }

    /** Connecting or reading kept failing: the provider is unreachable for now (offline?). */
    default void unreachable(String provider) {
    }
}
