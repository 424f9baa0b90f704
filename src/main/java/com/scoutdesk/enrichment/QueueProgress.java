package com.scoutdesk.enrichment;

import java.util.List;

/**
 * How far the queue's outstanding work has come since a moment: per tier and in distinct tracks. Outstanding runs are
 * pending, running or deferred (a rate limit or an offline source holds them); a run settled since the moment is done,
 * skipped, failed, not applicable or not on the plan and was written at or after it.
 *
 * @param tiers             one entry per tier that has outstanding runs or runs settled since the moment
 * @param outstandingTracks tracks with an outstanding run of one of the tiers asked about
 * @param settledTracks     tracks with a run of those tiers settled since the moment and none outstanding
 */
public record QueueProgress(List<Tier> tiers, long outstandingTracks, long settledTracks) {

    public QueueProgress {
        tiers = List.copyOf(tiers);
    }

    /** A tier's outstanding runs, the runs it settled since the moment, and how many of those failed. */
    public record Tier(int tier, long outstanding, long settled, long failed) {
    }
}
