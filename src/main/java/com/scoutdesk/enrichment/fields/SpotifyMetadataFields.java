package com.scoutdesk.enrichment.fields;

import com.scoutdesk.model.EnrichmentTier;
import java.util.List;
import java.util.stream.Stream;

/** The fields of tier 1, Spotify metadata: the track, its album, its lead artist and its audio features. */
public final class SpotifyMetadataFields {

    private static final EnrichmentTier TIER = EnrichmentTier.SPOTIFY_METADATA;

    /** The label line as Spotify shows it, or the P-line's owner; the score tells its release pathway from it. */
    public static final TrackField<String> LABEL = TrackField.foundBy(TIER, "label", String.class)
            .scoredAs((in, label, ran) -> in.label(label));
    public static final TrackField<String> ALBUM_NAME = TrackField.foundBy(TIER, "album_name", String.class);
    public static final TrackField<String> RELEASE_DATE = TrackField.foundBy(TIER, "release_date", String.class);
    public static final TrackField<Integer> DURATION_MS = TrackField.foundBy(TIER, "duration_ms", Integer.class);
    public static final TrackField<Boolean> EXPLICIT = TrackField.foundBy(TIER, "explicit", Boolean.class)
            .inColumn("explicit_content");
    public static final TrackField<Integer> POPULARITY = TrackField.foundBy(TIER, "popularity", Integer.class);
    public static final TrackField<String> IMAGE_URL = TrackField.foundBy(TIER, "image_url", String.class);
    public static final TrackField<String> P_LINE = TrackField.foundBy(TIER, "p_line", String.class);
    public static final TrackField<Long> ARTIST_FOLLOWERS = TrackField.foundBy(TIER, "artist_followers", Long.class);
    public static final TrackField<Integer> ARTIST_POPULARITY = TrackField.foundBy(TIER, "artist_popularity",
            Integer.class);
    /** The lead artist's genres, comma separated. */
    public static final TrackField<String> ARTIST_GENRES = TrackField.foundBy(TIER, "artist_genres", String.class);
    public static final TrackField<Double> DANCEABILITY = TrackField.foundBy(TIER, "danceability", Double.class);
    public static final TrackField<Double> ENERGY = TrackField.foundBy(TIER, "energy", Double.class);
    public static final TrackField<Double> VALENCE = TrackField.foundBy(TIER, "valence", Double.class);
    public static final TrackField<Double> TEMPO = TrackField.foundBy(TIER, "tempo", Double.class);
    public static final TrackField<Double> ACOUSTICNESS = TrackField.foundBy(TIER, "acousticness", Double.class);
    public static final TrackField<Double> INSTRUMENTALNESS = TrackField.foundBy(TIER, "instrumentalness",
            Double.class);
    public static final TrackField<Double> SPEECHINESS = TrackField.foundBy(TIER, "speechiness", Double.class);
    public static final TrackField<Double> LIVENESS = TrackField.foundBy(TIER, "liveness", Double.class);
    public static final TrackField<Double> LOUDNESS = TrackField.foundBy(TIER, "loudness", Double.class);
    public static final TrackField<Integer> MUSICAL_KEY = TrackField.foundBy(TIER, "musical_key", Integer.class);
    public static final TrackField<Integer> MUSICAL_MODE = TrackField.foundBy(TIER, "musical_mode", Integer.class);
    public static final TrackField<Integer> TIME_SIGNATURE = TrackField.foundBy(TIER, "time_signature",
            Integer.class);

    /** The audio features, which Spotify serves (or withholds) together. */
    public static final List<TrackField<?>> AUDIO = List.of(DANCEABILITY, ENERGY, VALENCE, TEMPO, ACOUSTICNESS,
            INSTRUMENTALNESS, SPEECHINESS, LIVENESS, LOUDNESS, MUSICAL_KEY, MUSICAL_MODE, TIME_SIGNATURE);

    public static final List<TrackField<?>> ALL = Stream.concat(Stream.of(LABEL, ALBUM_NAME, RELEASE_DATE,
            DURATION_MS, EXPLICIT, POPULARITY, IMAGE_URL, P_LINE, ARTIST_FOLLOWERS, ARTIST_POPULARITY, ARTIST_GENRES),
            AUDIO.stream()).toList();

    private SpotifyMetadataFields() {
    }
}
