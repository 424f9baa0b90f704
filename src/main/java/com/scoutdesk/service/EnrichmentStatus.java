package com.scoutdesk.service;

import com.scoutdesk.model.EnrichmentTier;
import java.util.Set;

import java.util.List;

/**
 * The enrichment queue at a glance.
 *
 * @param counts   runs per tier and status
 * @param waits    deferred runs grouped by tier and reason
 * @param problems the most recent failed and deferred runs, up to the limit asked for
 * @param configured the tiers something configured can run; the others' runs wait ("not configured")
 * @param paused   whether enrichment is paused (until resumed or the program restarts)
 */
public record EnrichmentStatus(List<TierRunCount> counts, List<TierRunWait> waits, List<TierRunProblem> problems,
                               Set<EnrichmentTier> configured, boolean paused) {

    public EnrichmentStatus {
        counts = List.copyOf(counts);
        waits = List.copyOf(waits);
        problems = List.copyOf(problems);
        configured = Set.copyOf(configured);
    }

    /** Whether the tier numbered so can run here. */
    public boolean isConfigured(int tier) {
        return configured.stream().anyMatch(t -> t.number() == tier);
    }
}
