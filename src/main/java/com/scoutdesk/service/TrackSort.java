package com.scoutdesk.service;

import java.util.Objects;

/**
 * The order of a triage list, applied in the query so that sorting covers every track the filter matches, never only
 * the rows loaded so far. Ties are broken by track id (ascending), so pages never overlap or skip.
 *
 * @param key        the column sorted by
 * @param descending highest first; unknown values (no score, no streams yet) always come last, either way
 */
public record TrackSort(Key key, boolean descending) {

    /** Best score first: the order a scout works in. */
    public static final TrackSort DEFAULT = new TrackSort(Key.SCORE, true);

    /** The columns a list can be sorted by. */
    public enum Key {
        SCORE, TRACK, ARTISTS, STREAMS, WOW, PUBLISHER, STAGE, FIRST_SEEN, LAST_ENRICHED
    }

    public TrackSort {
        Objects.requireNonNull(key, "key");
    }

    public static TrackSort by(Key key, boolean descending) {
        return new TrackSort(key, descending);
    }
}
