package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;

/** A claimed tier run: which track, which tier, and how many attempts came before this one. */
public record QueuedRun(long runId, long trackId, String spotifyId, EnrichmentTier tier, int attempts) {
}
