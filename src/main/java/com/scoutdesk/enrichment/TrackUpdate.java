package com.scoutdesk.enrichment;

import java.util.Map;
import java.util.Set;

/**
 * Values a stage found for one track, by field name ({@code isrc}, {@code label}, {@code popularity},
 * {@code spotify_streams}, ...), with where they came from. The pipeline writes them, records their provenance, and
 * leaves any field the scout edited by hand alone.
 *
 * @param notAvailable fields the source was asked for and withheld (never 0 or blank in their place): recorded as
 *                     "not available from {@code source}" unless a value from some source is already there
 */
public record TrackUpdate(String source, Map<String, Object> values, Set<String> notAvailable) {

    public TrackUpdate {
        values = Map.copyOf(values);
        notAvailable = Set.copyOf(notAvailable);
    }

    /** Values only: nothing withheld. */
    public TrackUpdate(String source, Map<String, Object> values) {
        this(source, values, Set.of());
    }
}
