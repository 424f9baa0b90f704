package com.scoutdesk.enrichment.fields;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every declared track field: each tier's own, and the stored columns the score reads that no tier finds yet. What
 * a stage may read and what the score reads are taken from here; a new tier's fields join with one line in
 * {@link #ALL}.
 */
public final class TrackFields {

    /** The track's artists as fetched, comma separated; the score recognises vanity labels by them. */
    public static final TrackField<String> ARTIST_NAMES = TrackField.stored("artist_names", String.class)
            .scoredAs((in, names, ran) -> in.artistNames(names == null ? List.of()
                    : Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()));

    /** Every field: the stored ones above, then each tier's. */
    public static final List<TrackField<?>> ALL = Stream.<List<TrackField<?>>>of(
            List.of(ARTIST_NAMES),
            IsrcFields.ALL,
            SpotifyMetadataFields.ALL,
            WebPlayerFields.ALL,
            YouTubeFields.ALL,
            MlcFields.ALL,
            ChartmetricFields.ALL,
            MusicBrainzFields.ALL).flatMap(List::stream).toList();

    private TrackFields() {
    }

    /** The fields a tier finds: what a stage may read of a track, and write. */
    public static List<TrackField<?>> foundByTiers() {
        return ALL.stream().filter(f -> f.tier() != null).toList();
    }

    /** The fields the unsigned score reads. */
    public static List<TrackField<?>> scored() {
        return ALL.stream().filter(f -> f.scoreInput() != null).toList();
    }
}
