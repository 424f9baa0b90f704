package com.scoutdesk.enrichment;

import jakarta.persistence.EntityManager;
import java.util.Collection;

/**
 * Re-scores tracks inside the transaction that wrote their new values: the score commits with the values it was
 * computed from (a crash never leaves one without the other), and each track is updated once.
 */
@FunctionalInterface
public interface ScoreRefresh {

    /** For pipelines whose tracks are scored elsewhere (tests of the engine alone). */
    ScoreRefresh NONE = (em, trackIds) -> { };

    /**
     * Called once the batch's values, credits, run states and events are written (and visible to queries in the
     * transaction), before it commits.
     *
     * @param em       the batch's open write transaction
     * @param trackIds the tracks a stage wrote values to
     */
    void rescore(EntityManager em, Collection<Long> trackIds);
}
