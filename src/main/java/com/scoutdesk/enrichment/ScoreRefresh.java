package com.scoutdesk.enrichment;

import com.scoutdesk.enrichment.fields.TrackField;
import jakarta.persistence.EntityManager;
import java.util.Map;

/**
 * Re-scores tracks inside the transaction that writes their new values: the score commits with the values it was
 * computed from (a crash never leaves one without the other), and is written in the same update as those values,
 * so each track's row is rewritten once a batch.
 */
@FunctionalInterface
public interface ScoreRefresh {

    /** For pipelines whose tracks are scored elsewhere (tests of the engine alone). */
    ScoreRefresh NONE = (em, pending) -> Map.of();

    /**
     * The new scores of tracks a stage completed, as track columns to write with their values. Called once the
     * batch's run states, events and credits are written (and visible to queries in the transaction) and before its
     * values are: the stored inputs are read, and the values about to be written are taken in their place.
     *
     * @param em      the batch's open write transaction
     * @param pending per track, the fields the batch is about to write and their values (often none: a tier that
     *                ran and found nothing still changes what the score knows)
     * @return per track, the score's fields ({@code ScoreFields}) and their values; a track that no longer exists is
     *         left out
     */
    Map<Long, Map<TrackField<?>, Object>> scoreColumns(EntityManager em,
                                                       Map<Long, Map<TrackField<?>, Object>> pending);
}
