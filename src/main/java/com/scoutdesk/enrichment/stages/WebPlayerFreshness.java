package com.scoutdesk.enrichment.stages;

import java.time.Instant;

/** Whether the web player's credits and play count of a track were fetched recently enough to skip it. */
@FunctionalInterface
public interface WebPlayerFreshness {

    /** True when both the play count and at least one credit came from the web player at or after {@code since}. */
    boolean isFresh(long trackId, Instant since);
}
