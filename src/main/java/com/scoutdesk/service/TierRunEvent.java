package com.scoutdesk.service;

import java.time.Instant;

/**
 * A run's outcome as it is committed, for whoever follows enrichment live (progress bars, the activity list).
 *
 * @param outcome done, skipped, failed or deferred
 * @param message what the stage found or what went wrong, as the activity event says it
 */
public record TierRunEvent(long trackId, int tier, String outcome, String message, Instant at) {
}
