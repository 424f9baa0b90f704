package com.scoutdesk.enrichment.fields;

import com.scoutdesk.model.EnrichmentTier;
import java.util.List;

/** The fields of tier 0, ISRC recovery. */
public final class IsrcFields {

    /** Tier 1 finds it too; it counts as missing ("no ISRC") only once tier 0 has run. */
    public static final TrackField<String> ISRC = TrackField.foundBy(EnrichmentTier.ISRC, "isrc", String.class)
            .scoredAs((in, isrc, ran) -> in.hasIsrc(isrc != null ? Boolean.TRUE : ran ? Boolean.FALSE : null));

    public static final List<TrackField<?>> ALL = List.of(ISRC);

    private IsrcFields() {
    }
}
