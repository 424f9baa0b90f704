package com.scoutdesk.bench;

import com.scoutdesk.model.EnrichmentTier;
import java.util.List;

/**
 * What the background enrichment of {@code bench ui} got through while the window was watched.
 *
 * @param queuedTracks tracks queued again
 * @param tiers        the tiers queued for each
 * @param doneTracks   tracks whose every queued run was committed (done, skipped, failed or deferred)
 * @param runsDone     runs committed as done
 * @param runsOther    runs committed as skipped, failed or deferred
 * @param seconds      from the start of the pass to its end, or to the end of the window
 * @param finished     whether the pass ended by itself within the window (else it was cancelled)
 */
public record EnrichmentLoadResult(int queuedTracks, List<EnrichmentTier> tiers, long doneTracks, long runsDone,
                                   long runsOther, double seconds, boolean finished) {

    public EnrichmentLoadResult {
        tiers = List.copyOf(tiers);
    }
}
