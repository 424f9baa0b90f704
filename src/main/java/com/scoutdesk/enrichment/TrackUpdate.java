package com.scoutdesk.enrichment;

import java.util.Map;

/**
 * Values a stage found for one track, by field name ({@code isrc}, {@code label}, {@code popularity},
 * {@code spotify_streams}, ...), with where they came from. The pipeline writes them, records their provenance, and
 * leaves any field the scout edited by hand alone.
 */
public record TrackUpdate(String source, Map<String, Object> values) {

    public TrackUpdate {
        values = Map.copyOf(values);
    }
}
