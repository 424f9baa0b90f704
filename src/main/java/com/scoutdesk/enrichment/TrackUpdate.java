package com.scoutdesk.enrichment;

import java.util.List;
import java.util.Map;

/**
 * Values a stage found for one track, by field name ({@code isrc}, {@code label}, {@code popularity},
 * {@code spotify_streams}, ...), with where they came from. The pipeline writes them, records their provenance, and
 * leaves any field the scout edited by hand alone.
 *
 * @param credits the track's credits as this source now lists them, replacing the ones it listed before (an empty
 *                list: the source lists none); null when the stage did not look at credits, which leaves them alone
 */
public record TrackUpdate(String source, Map<String, Object> values, List<FoundCredit> credits) {

    public TrackUpdate {
        values = Map.copyOf(values);
        credits = credits == null ? null : List.copyOf(credits);
    }

    /** Values only; credits are left as they are. */
    public TrackUpdate(String source, Map<String, Object> values) {
        this(source, values, null);
    }
}
