package com.scoutdesk.enrichment.fields;

import com.scoutdesk.model.EnrichmentTier;
import java.util.List;

/** The fields of tier 5, Chartmetric analytics (its songwriters also become credits of source "chartmetric"). */
public final class ChartmetricFields {

    private static final EnrichmentTier TIER = EnrichmentTier.CHARTMETRIC;

    /** False when Chartmetric does not know the ISRC: asked and not found, never a sign of anything. */
    public static final TrackField<Boolean> FOUND = TrackField.foundBy(TIER, "chartmetric_found", Boolean.class);
    public static final TrackField<Long> CHARTMETRIC_ID = TrackField.foundBy(TIER, "chartmetric_id", Long.class);
    /** Comma separated. */
    public static final TrackField<String> MOODS = TrackField.foundBy(TIER, "chartmetric_moods", String.class);
    /** Comma separated. */
    public static final TrackField<String> ACTIVITIES = TrackField.foundBy(TIER, "chartmetric_activities",
            String.class);
    /** Songwriters and composers as Chartmetric names them, comma separated. */
    public static final TrackField<String> SONGWRITERS = TrackField.foundBy(TIER, "chartmetric_songwriters",
            String.class);
    /** The newest point of the Spotify stream history. */
    public static final TrackField<Long> SPOTIFY_STREAMS = TrackField.foundBy(TIER, "chartmetric_spotify_streams",
            Long.class);
    /** Spotify streams gained per day between the history's last two points; the score reads it. */
    public static final TrackField<Double> STREAMS_PER_DAY = TrackField.foundBy(TIER, "chartmetric_streams_per_day",
            Double.class).scoredAs((in, perDay, ran) -> in.streamsPerDay(perDay));
    public static final TrackField<Long> YOUTUBE_VIEWS = TrackField.foundBy(TIER, "chartmetric_youtube_views",
            Long.class).scoredAs((in, views, ran) -> in.youtubeViews(views));
    /** YouTube views gained per day between the history's last two points; the score reads it. */
    public static final TrackField<Double> YOUTUBE_VIEWS_PER_DAY = TrackField.foundBy(TIER,
            "chartmetric_youtube_views_per_day", Double.class).scoredAs((in, perDay, ran) -> in.viewsPerDay(perDay));
    /** A {@code ChartmetricTrackStage} label. */
    public static final TrackField<String> TRACK_STAGE = TrackField.foundBy(TIER, "chartmetric_track_stage",
            String.class);
    /** The date (yyyy-mm-dd) of the stream history's newest point. */
    public static final TrackField<String> SERIES_DATE = TrackField.foundBy(TIER, "chartmetric_series_date",
            String.class);

    /** The YouTube video ids Chartmetric links to the track, comma separated: they spare the YouTube tier a search. */
    public static final TrackField<String> YOUTUBE_IDS = TrackField.foundBy(TIER, "chartmetric_youtube_ids",
            String.class);

    public static final List<TrackField<?>> ALL = List.of(FOUND, CHARTMETRIC_ID, MOODS, ACTIVITIES, SONGWRITERS,
            SPOTIFY_STREAMS, STREAMS_PER_DAY, YOUTUBE_VIEWS, YOUTUBE_VIEWS_PER_DAY, TRACK_STAGE, SERIES_DATE,
            YOUTUBE_IDS);

    private ChartmetricFields() {
    }
}
