package com.scoutdesk.enrichment;

import java.time.Instant;

/** Deferred runs of a tier that wait for the same reason (a source offline or rate-limited), and the next try. */
public record QueueWait(int tier, String reason, Instant nextTry, long runs) {
}
