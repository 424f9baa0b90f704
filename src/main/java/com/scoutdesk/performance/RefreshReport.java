package com.scoutdesk.performance;

import com.scoutdesk.model.EnrichmentTier;
import java.time.Instant;
import java.util.List;

/**
 * How the refresh before a snapshot went.
 *
 * @param since         when it began: a tier that answered for a track after this gave a fresh number
 * @param refreshed     the tiers refreshed (play counts, YouTube views: those something configured can run)
 * @param notConfigured the tiers that could not be refreshed at all: their numbers are all stale this week
 * @param tracks        the tracks queued
 * @param unfinished    runs still waiting when the refresh stopped (a rate limit, an offline source)
 * @param timedOut      it stopped at its deadline with runs still waiting
 */
public record RefreshReport(Instant since, List<EnrichmentTier> refreshed, List<EnrichmentTier> notConfigured,
                            int tracks, long unfinished, boolean timedOut) {

    public RefreshReport {
        refreshed = List.copyOf(refreshed);
        notConfigured = List.copyOf(notConfigured);
    }
}
