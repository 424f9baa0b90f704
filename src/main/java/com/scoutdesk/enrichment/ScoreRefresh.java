package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;
import jakarta.persistence.EntityManager;
import java.util.Collection;

/**
 * Re-scores tracks inside the transaction that wrote their new values: the score commits with the values it was
 * computed from (a crash never leaves one without the other), and each track is updated once.
 */
@FunctionalInterface
public interface ScoreRefresh {

    /** For pipelines whose tracks are scored elsewhere (tests of the engine alone). */
    ScoreRefresh NONE = (em, trackIds, tier) -> { };

    /**
     * Called once the batch's values are set on its tracks and its runs are marked, before any of it is flushed.
     *
     * @param em       the batch's open write transaction
     * @param trackIds the tracks a stage wrote values to
     * @param tier     the tier whose runs just finished for these tracks (not yet visible to queries)
     */
    void rescore(EntityManager em, Collection<Long> trackIds, EnrichmentTier tier);
}
