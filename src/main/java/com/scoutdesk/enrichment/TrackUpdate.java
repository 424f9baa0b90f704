package com.scoutdesk.enrichment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values a stage found for one track, by field name ({@code isrc}, {@code label}, {@code popularity},
 * {@code spotify_streams}, ...), with where they came from. The pipeline writes them, records their provenance, and
 * leaves any field the scout edited by hand alone.
 *
 * @param notAvailable fields the source was asked for and withheld (never 0 or blank in their place): recorded as
 *                     "not available from {@code source}" unless a value from some source is already there
 * @param credits      the track's credits as this source now lists them, replacing the ones it listed before (an
 *                     empty list: the source lists none); null when the stage did not look at credits, which leaves
 *                     them alone
 */
public record TrackUpdate(String source, Map<String, Object> values, Set<String> notAvailable,
                          List<FoundCredit> credits) {

    public TrackUpdate {
        values = Map.copyOf(values);
        notAvailable = Set.copyOf(notAvailable);
        credits = credits == null ? null : List.copyOf(credits);
    }

    /** Values only: nothing withheld, credits left as they are. */
    public TrackUpdate(String source, Map<String, Object> values) {
        this(source, values, Set.of(), null);
    }

    /** Values and what was withheld; credits left as they are. */
    public TrackUpdate(String source, Map<String, Object> values, Set<String> notAvailable) {
        this(source, values, notAvailable, null);
    }

    /** Values and the credits this source lists; nothing withheld. */
    public TrackUpdate(String source, Map<String, Object> values, List<FoundCredit> credits) {
        this(source, values, Set.of(), credits);
    }
}
