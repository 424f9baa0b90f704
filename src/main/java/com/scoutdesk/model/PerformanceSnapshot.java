package com.scoutdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A track's streams and views in one week, with the week-over-week change; written by the weekly performance job
 * ({@code performance.SnapshotWeekWriter}) on numbers refreshed that week. {@code gap} marks a change measured over
 * more than a week and divided by the weeks between ({@code gapWeeks}, {@code viewsGapWeeks}).
 */
@Entity
@Table(name = "performance_snapshot")
public class PerformanceSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "performance_snapshot_seq")
    @SequenceGenerator(name = "performance_snapshot_seq", sequenceName = "performance_snapshot_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "track_id", nullable = false)
    private Track track;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(name = "streams")
    private Long streams;

    @Column(name = "youtube_views")
    private Long youtubeViews;

    @Column(name = "wow_streams")
    private Long wowStreams;

    @Column(name = "wow_streams_pct")
    private Double wowStreamsPct;

    @Column(name = "wow_views")
    private Long wowViews;

    @Column(name = "wow_views_pct")
    private Double wowViewsPct;

    @Column(name = "gap_weeks")
    private Integer gapWeeks;

    @Column(name = "views_gap_weeks")
    private Integer viewsGapWeeks;

    @Column(name = "streams_fetched_at")
    private Instant streamsFetchedAt;

    @Column(name = "views_fetched_at")
    private Instant viewsFetchedAt;

    /** The streams' refresh failed this week: the value is the last one known and has no week-over-week change. */
    @Column(name = "streams_stale", nullable = false)
    private boolean streamsStale;

    /** As {@link #streamsStale}, for the views. */
    @Column(name = "views_stale", nullable = false)
    private boolean viewsStale;

    @Column(name = "gap", nullable = false)
    private boolean gap;

    @Column(name = "captured_at", nullable = false)
    private Instant capturedAt;

    public Long getId() {
        return id;
    }

    public Track getTrack() {
        return track;
    }

    public void setTrack(Track track) {
        this.track = track;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public void setWeekStart(LocalDate weekStart) {
        this.weekStart = weekStart;
    }

    public Long getStreams() {
        return streams;
    }

    public void setStreams(Long streams) {
        this.streams = streams;
    }

    public Long getYoutubeViews() {
        return youtubeViews;
    }

    public void setYoutubeViews(Long youtubeViews) {
        this.youtubeViews = youtubeViews;
    }

    public Long getWowStreams() {
        return wowStreams;
    }

    public void setWowStreams(Long wowStreams) {
        this.wowStreams = wowStreams;
    }

    public Double getWowStreamsPct() {
        return wowStreamsPct;
    }

    public void setWowStreamsPct(Double wowStreamsPct) {
        this.wowStreamsPct = wowStreamsPct;
    }

    public boolean isGap() {
        return gap;
    }

    public void setGap(boolean gap) {
        this.gap = gap;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }

    public void setCapturedAt(Instant capturedAt) {
        this.capturedAt = capturedAt;
    }
    public Long getWowViews() {
        return wowViews;
    }

    public void setWowViews(Long wowViews) {
        this.wowViews = wowViews;
    }

    public Double getWowViewsPct() {
        return wowViewsPct;
    }

    public void setWowViewsPct(Double wowViewsPct) {
        this.wowViewsPct = wowViewsPct;
    }

    public Integer getGapWeeks() {
        return gapWeeks;
    }

    public void setGapWeeks(Integer gapWeeks) {
        this.gapWeeks = gapWeeks;
    }

    public Integer getViewsGapWeeks() {
        return viewsGapWeeks;
    }

    public void setViewsGapWeeks(Integer viewsGapWeeks) {
        this.viewsGapWeeks = viewsGapWeeks;
    }

    public Instant getStreamsFetchedAt() {
        return streamsFetchedAt;
    }

    public void setStreamsFetchedAt(Instant streamsFetchedAt) {
        this.streamsFetchedAt = streamsFetchedAt;
    }

    public Instant getViewsFetchedAt() {
        return viewsFetchedAt;
    }

    public void setViewsFetchedAt(Instant viewsFetchedAt) {
        this.viewsFetchedAt = viewsFetchedAt;
    }

    public boolean isStreamsStale() {
        return streamsStale;
    }

    public void setStreamsStale(boolean streamsStale) {
        this.streamsStale = streamsStale;
    }

    public boolean isViewsStale() {
        return viewsStale;
    }

    public void setViewsStale(boolean viewsStale) {
        this.viewsStale = viewsStale;
    }
}
