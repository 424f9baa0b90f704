package com.scoutdesk.enrichment.fields;

import java.time.OffsetDateTime;
import java.util.List;

/** The columns the unsigned score is stored in, written by the one track writer with the values they came from. */
public final class ScoreFields {

    public static final TrackField<Double> UNSIGNED_SCORE = TrackField.stored("unsigned_score", Double.class);
    /** The score's evidence, as JSON. */
    public static final TrackField<String> SCORE_BREAKDOWN = TrackField.stored("score_breakdown", String.class);
    public static final TrackField<OffsetDateTime> SCORE_COMPUTED_AT = TrackField.stored("score_computed_at",
            OffsetDateTime.class);

    public static final List<TrackField<?>> ALL = List.of(UNSIGNED_SCORE, SCORE_BREAKDOWN, SCORE_COMPUTED_AT);

    private ScoreFields() {
    }
}
