package com.scoutdesk.service;

import java.time.Instant;
import java.util.List;

/**
 * How far enrichment has come since a moment (the start of the batch of work a progress bar follows). Outstanding runs
 * are pending or deferred (waiting out a rate limit or an offline source); a settled run was answered (done, skipped,
 * failed, not applicable, not on the plan) at or after {@code since}. Track counts only cover the tiers something
 * configured can run: runs of the other tiers wait for credentials, not for enrichment.
 *
 * @param tiers             per tier with outstanding runs or runs settled since {@code since}
 * @param outstandingTracks tracks with outstanding runs
 * @param settledTracks     tracks with a run settled since {@code since} and nothing outstanding
 */
public record EnrichmentProgress(Instant since, List<TierProgress> tiers, long outstandingTracks,
                                 long settledTracks) {

    public EnrichmentProgress {
        tiers = List.copyOf(tiers);
    }

    /** The tracks of the batch: those settled since {@code since} and those still outstanding. */
    public long batchTracks() {
        return outstandingTracks + settledTracks;
    }

    /** A tier's outstanding runs, the runs it settled since the moment, and how many of those failed. */
    public record TierProgress(int tier, long outstanding, long settled, long failed) {
    }
}
