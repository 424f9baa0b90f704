package com.scoutdesk.service;

import java.time.Instant;

/**
 * Where a track field's value came from, as its provenance row says.
 *
 * @param source         the source that gave it ("spotify-api", ...), or {@link #MANUAL} for the scout's own edit
 * @param tier           the enrichment tier that found it; null for a value no tier found (the scout's edit)
 * @param fetchedAt      when the source was asked, or when the scout made the edit
 * @param manualOverride the scout set the value by hand; enrichment leaves it alone until the override is cleared
 * @param notAvailable   the source was asked and withheld the field: the value is missing for that reason
 */
public record FieldSource(String source, Integer tier, Instant fetchedAt, boolean manualOverride,
                          boolean notAvailable) {

    /** The source of a value the scout set by hand. */
    public static final String MANUAL = "manual";
}
