package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;

/**
 * A claimed tier run: which track, which tier, how many attempts came before this one, and whether the scout asked
 * for it again (then it runs even when the stage finds the values complete and fresh).
 */
public record QueuedRun(long runId, long trackId, String spotifyId, EnrichmentTier tier, int attempts,
                        boolean forced) {
}
