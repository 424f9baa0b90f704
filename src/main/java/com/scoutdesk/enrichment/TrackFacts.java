package com.scoutdesk.enrichment;

import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.model.EnrichmentTier;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What a stage may read of a track: a snapshot taken before the stage runs, never an entity. Besides the track's
 * identity, it holds the value of every field a tier finds ({@code TrackFields.foundByTiers()}), read with
 * {@link #get}, and when each tier last asked its source about the track.
 *
 * @param values  the fields that have a value (a field without one is left out)
 * @param askedAt per tier, its newest provenance row of the track (a value or "not available"): when the tier last
 *                asked its source; a tier that never did is left out
 */
public record TrackFacts(long trackId, String spotifyId, String name, String artistNames,
                         Map<TrackField<?>, Object> values, Map<EnrichmentTier, Instant> askedAt) {

    public TrackFacts {
        values = Map.copyOf(values);
        askedAt = Map.copyOf(askedAt);
        values.forEach(TrackField::cast);
    }

    /** A track with no field values and never asked about. */
    public static TrackFacts of(long trackId, String spotifyId, String name, String artistNames) {
        return new TrackFacts(trackId, spotifyId, name, artistNames, Map.of(), Map.of());
    }

    /** The field's value; null when the track has none. */
    public <T> T get(TrackField<T> field) {
        return field.cast(values.get(field));
    }

    /** When {@code tier} last asked its source about the track; null when it never did. */
    public Instant lastAsked(EnrichmentTier tier) {
        return askedAt.get(tier);
    }

    /** These facts with the field's value (null: none). */
    public <T> TrackFacts with(TrackField<T> field, T value) {
        Map<TrackField<?>, Object> changed = new HashMap<>(values);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return new TrackFacts(trackId, spotifyId, name, artistNames, changed, askedAt);
    }

    /** These facts with the tier last asked at {@code at}. */
    public TrackFacts askedAt(EnrichmentTier tier, Instant at) {
        Map<EnrichmentTier, Instant> changed = new HashMap<>(askedAt);
        changed.put(tier, at);
        return new TrackFacts(trackId, spotifyId, name, artistNames, values, changed);
    }
}
