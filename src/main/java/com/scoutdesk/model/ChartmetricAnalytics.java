package com.scoutdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What Chartmetric (tier 5) says about a track: its id there, moods, activities and songwriters as it names them, the
 * newest Spotify stream and YouTube view counts of its histories with their growth per day, and a stage computed
 * locally from them. Each is null until known; {@code found} false means Chartmetric does not know the ISRC. Written
 * by enrichment (by column), read here.
 */
@Embeddable
public class ChartmetricAnalytics {

    @Column(name = "chartmetric_found")
    private Boolean found;

    @Column(name = "chartmetric_id")
    private Long chartmetricId;

    @Column(name = "chartmetric_moods")
    private String moods;

    @Column(name = "chartmetric_activities")
    private String activities;

    @Column(name = "chartmetric_songwriters")
    private String songwriters;

    @Column(name = "chartmetric_spotify_streams")
    private Long spotifyStreams;

    @Column(name = "chartmetric_streams_per_day")
    private Double streamsPerDay;

    @Column(name = "chartmetric_youtube_views")
    private Long youtubeViews;

    @Column(name = "chartmetric_youtube_views_per_day")
    private Double youtubeViewsPerDay;

    @Column(name = "chartmetric_track_stage")
    private String trackStage;

    @Column(name = "chartmetric_series_date")
    private String seriesDate;

    @Column(name = "chartmetric_youtube_ids")
    private String youtubeIds;

    public Boolean getFound() {
        return found;
    }

    public Long getChartmetricId() {
        return chartmetricId;
    }

    public String getMoods() {
        return moods;
    }

    public String getActivities() {
        return activities;
    }

    public String getSongwriters() {
        return songwriters;
    }

    public Long getSpotifyStreams() {
        return spotifyStreams;
    }

    public Double getStreamsPerDay() {
        return streamsPerDay;
    }

    public Long getYoutubeViews() {
        return youtubeViews;
    }

    public Double getYoutubeViewsPerDay() {
        return youtubeViewsPerDay;
    }

    /** emerging, developing, growing or established. */
    public String getTrackStage() {
        return trackStage;
    }

    /** yyyy-mm-dd of the stream history's newest point. */
    public String getSeriesDate() {
        return seriesDate;
    }

    public String getYoutubeIds() {
        return youtubeIds;
    }
}
