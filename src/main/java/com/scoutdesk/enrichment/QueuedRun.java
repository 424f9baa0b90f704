package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;

/**
 * A claimed tier run: which track, which tier, how many attempts came before this one, and whether the scout asked
 * for it again (then it runs even when the stage finds the values complete and fresh), and the generation it was
 * claimed in: a run queued again while in flight has moved on, and the outcome of this claim is not written to it.
 */
public record QueuedRun(long runId, long trackId, String spotifyId, EnrichmentTier tier, int attempts,
                        boolean forced, int generation) {
}
