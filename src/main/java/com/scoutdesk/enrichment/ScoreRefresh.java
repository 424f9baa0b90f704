package com.scoutdesk.enrichment;

import jakarta.persistence.EntityManager;
import java.util.Collection;

/**
 * Re-scores tracks inside the transaction that wrote their new values: the score commits with the values it was
 * computed from (a crash never leaves one without the other), and the tracks, already loaded, are updated once.
 */
@FunctionalInterface
public interface ScoreRefresh {

    /** For pipelines whose tracks are scored elsewhere (tests of the engine alone). */
    ScoreRefresh NONE = (em, trackIds) -> { };

    /** @param em the batch's open write transaction */
    void rescore(EntityManager em, Collection<Long> trackIds);
}
