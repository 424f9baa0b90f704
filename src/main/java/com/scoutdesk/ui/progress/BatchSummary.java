package com.scoutdesk.ui.progress;

import com.scoutdesk.service.EnrichmentProgress;

/**
 * What a finished batch of enrichment did, for the notification that tells the scout it ended.
 *
 * @param tracks     tracks whose runs were answered in the batch
 * @param failedRuns runs that failed in it, over all tiers
 */
public record BatchSummary(long tracks, long failedRuns) {

    static BatchSummary of(EnrichmentProgress progress) {
        long failed = progress.tiers().stream().mapToLong(EnrichmentProgress.TierProgress::failed).sum();
        return new BatchSummary(progress.settledTracks(), failed);
    }
}
