package com.scoutdesk.enrichment;

import com.scoutdesk.enrichment.fields.TrackField;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Values a stage found for one track, by declared field ({@code IsrcFields.ISRC}, {@code SpotifyMetadataFields.LABEL},
 * ...), with where they came from. The pipeline writes them, records their provenance, and leaves any field the
 * scout edited by hand alone. Stages build one with {@link #from}, which takes only a value of the field's type.
 *
 * @param notAvailable fields the source was asked for and withheld (never 0 or blank in their place): recorded as
 *                     "not available from {@code source}" unless a value from some source is already there
 * @param credits      the track's credits as this source now lists them, replacing the ones it listed before (an
 *                     empty list: the source lists none); null when the stage did not look at credits, which leaves
 *                     them alone
 * @param identified   people other sources credit on the track whom this source identified, without a credit of its
 *                     own (see {@link IdentifiedPerson}); empty when none
 */
public record TrackUpdate(String source, Map<TrackField<?>, Object> values, Set<TrackField<?>> notAvailable,
                          List<FoundCredit> credits, List<IdentifiedPerson> identified) {

    public TrackUpdate {
        values = Map.copyOf(values);
        notAvailable = Set.copyOf(notAvailable);
        credits = credits == null ? null : List.copyOf(credits);
        identified = identified == null ? List.of() : List.copyOf(identified);
        values.forEach(TrackField::cast); // a value of another type fails here, not in the database
    }

    /** Values only: nothing withheld, credits left as they are. */
    public TrackUpdate(String source, Map<? extends TrackField<?>, ?> values) {
        this(source, Map.copyOf(values), Set.of(), null, List.of());
    }

    /** Values and the credits this source lists; nothing withheld. */
    public TrackUpdate(String source, Map<? extends TrackField<?>, ?> values, List<FoundCredit> credits) {
        this(source, Map.copyOf(values), Set.of(), credits, List.of());
    }

    /** An update from {@code source}, built field by field with values of each field's type. */
    public static Builder from(String source) {
        return new Builder(source);
    }

    /** Builds a {@link TrackUpdate}; each value must be of its field's type. */
    public static final class Builder {
        private final String source;
        private final Map<TrackField<?>, Object> values = new HashMap<>();
        private final Set<TrackField<?>> notAvailable = new HashSet<>();
        private List<FoundCredit> credits;
        private List<IdentifiedPerson> identified = List.of();

        private Builder(String source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /** The value found; a null value is left out (not "not available": see {@link #found}). */
        public <T> Builder value(TrackField<T> field, T value) {
            if (value != null) {
                values.put(field, value);
            }
            return this;
        }

        /** The value the source served, or, when it withheld it (null), "not available from the source". */
        public <T> Builder found(TrackField<T> field, T value) {
            if (value == null) {
                notAvailable.add(field);
            } else {
                values.put(field, value);
            }
            return this;
        }

        /** Fields the source was asked for and withheld. */
        public Builder notAvailable(List<? extends TrackField<?>> fields) {
            notAvailable.addAll(fields);
            return this;
        }

        /** The credits the source now lists (empty: none). */
        public Builder credits(List<FoundCredit> found) {
            credits = found;
            return this;
        }

        /** People other sources credit on the track, whom this source identified (see {@link IdentifiedPerson}). */
        public Builder identified(List<IdentifiedPerson> people) {
            identified = people;
            return this;
        }

        public TrackUpdate build() {
            return new TrackUpdate(source, values, notAvailable, credits, identified);
        }
    }
}
