package com.scoutdesk.enrichment;

import java.time.Instant;

/**
 * A run's outcome as it is committed, for whoever listens live (the window's progress bars and activity list).
 *
 * @param outcome done, skipped, failed or deferred
 * @param message what the stage found or what went wrong, as the activity event says it
 */
public record TierOutcome(long trackId, int tier, String outcome, String message, Instant at) {
}
