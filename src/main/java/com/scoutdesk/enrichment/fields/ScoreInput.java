package com.scoutdesk.enrichment.fields;

import com.scoutdesk.scoring.ScoreInputs;

/** What the unsigned score makes of a field's value: which of its inputs the value sets, and how. */
@FunctionalInterface
public interface ScoreInput<T> {

    /**
     * @param value   the field's value, stored or about to be written; null when the track has none
     * @param tierRan whether the field's tier has run for the track: only then does a missing value mean "none"
     *                rather than "unknown" (ScoreInputs: null is always unknown)
     */
    void apply(ScoreInputs.Builder inputs, T value, boolean tierRan);
}
