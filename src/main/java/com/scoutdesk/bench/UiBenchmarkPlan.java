package com.scoutdesk.bench;

import com.scoutdesk.model.EnrichmentTier;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@code scoutdesk bench ui} asks of the window measurement.
 *
 * @param filterRuns    timed filter changes (each kind takes its turn)
 * @param enrichTracks  tracks queued again for enrichment while the FX thread's pulse is watched
 * @param tiers         the tiers queued for them
 * @param enrichWindow  the longest the pass is watched; what is not done by then is cancelled and stays queued
 */
public record UiBenchmarkPlan(int filterRuns, int enrichTracks, List<EnrichmentTier> tiers, Duration enrichWindow) {

    public UiBenchmarkPlan {
        if (filterRuns < 1 || enrichTracks < 0) {
            throw new IllegalArgumentException("filterRuns must be at least 1 and enrichTracks not negative");
        }
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(enrichWindow, "enrichWindow");
    }
}
