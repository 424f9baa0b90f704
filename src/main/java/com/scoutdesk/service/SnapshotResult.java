package com.scoutdesk.service;

import java.time.LocalDate;
import java.util.List;

/**
 * One run of the weekly performance snapshot, as a front end reports it.
 *
 * @param notRefreshed the tiers that could not be refreshed at all (not configured): their numbers are stale
 * @param unfinished   refresh runs still waiting when the snapshot was written (a rate limit, an offline source)
 * @param timedOut     the refresh reached its deadline
 * @param gaps         rows whose change was measured over more than a week, per week
 */
public record SnapshotResult(LocalDate week, int tracks, int streamsFresh, int streamsStale, int viewsFresh,
                             int viewsStale, int gaps, int contacts, List<String> notRefreshed, long unfinished,
                             boolean timedOut) {

    public SnapshotResult {
        notRefreshed = List.copyOf(notRefreshed);
    }
}
