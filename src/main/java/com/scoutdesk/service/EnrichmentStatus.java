package com.scoutdesk.service;

import java.util.List;

/**
 * The enrichment queue at a glance.
 *
 * @param counts   runs per tier and status
 * @param waits    deferred runs grouped by tier and reason
 * @param problems the most recent failed and deferred runs, up to the limit asked for
 */
public record EnrichmentStatus(List<TierRunCount> counts, List<TierRunWait> waits, List<TierRunProblem> problems) {

    public EnrichmentStatus {
        counts = List.copyOf(counts);
        waits = List.copyOf(waits);
        problems = List.copyOf(problems);
    }
}
