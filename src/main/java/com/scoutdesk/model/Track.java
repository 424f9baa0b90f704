package com.scoutdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One Spotify track, stored once however many weeks and playlists it appears in: the recording's catalogue facts
 * ({@link Recording}) plus what the workspace measures, scores and decides about it.
 */
@Entity
@Table(name = "track")
public class Track extends Recording {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "track_seq")
    @SequenceGenerator(name = "track_seq", sequenceName = "track_seq", allocationSize = 50)
    private Long id;

    @Column(name = "spotify_streams")
    private Long spotifyStreams;

    @Column(name = "youtube_views")
    private Long youtubeViews;

    @Enumerated(EnumType.STRING)
    @Column(name = "publisher_status", nullable = false)
    private PublisherStatus publisherStatus;

    @Column(name = "publisher_name")
    private String publisherName;

    @Column(name = "unsigned_score")
    private Double unsignedScore;

    @Column(name = "score_breakdown")
    private String scoreBreakdown;

    @Column(name = "score_computed_at")
    private Instant scoreComputedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_stage", nullable = false)
    private LeadStage leadStage;

    @Column(name = "notes")
    private String notes;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * Lower-cased name, artists and songwriters, which the dashboard's text search scans; kept in step by
     * {@link #derive()} and, when credits change, by persistence.TrackDerivedColumns.
     */
    @Column(name = "search_text", nullable = false, length = 3600)
    private String searchText;

    /** The songwriters' names, comma separated; kept by persistence.TrackDerivedColumns with every credit write. */
    @Column(name = "songwriter_names", length = 2000)
    private String songwriterNames;

    /**
     * When an enrichment tier last answered for the track; written only with a run's outcome (never by an entity
     * update, so an older copy of the track cannot write an older time back).
     */
    @Column(name = "last_enriched_at", insertable = false, updatable = false)
    private Instant lastEnrichedAt;

    /**
     * Week-over-week stream growth in percent of the latest weekly snapshot; null without one. Written only with the
     * snapshots (persistence.TrackDerivedColumns), like {@link #lastEnrichedAt}.
     */
    @Column(name = "wow_streams_pct", insertable = false, updatable = false)
    private Double wowStreamsPct;

    /** Whether any credit exists; maintained by persistence.TrackDerivedColumns with every credit write. */
    @Column(name = "has_credits", nullable = false)
    private boolean hasCredits;

    /** Whether a writer, composer or lyricist credit exists; maintained like {@link #hasCredits}. */
    @Column(name = "has_songwriter", nullable = false)
    private boolean hasSongwriter;

    @Embedded
    private ArtistAudience artistAudience;

    @Embedded
    private AudioFeatures audioFeatures;

    @Embedded
    private YouTubeVideo youTubeVideo;

    @Embedded
    private MlcRegistration mlcRegistration;

    @Embedded
    private ChartmetricAnalytics chartmetric;

    @Embedded
    private MusicBrainzRecording musicBrainz;

    @ManyToMany
    @JoinTable(name = "track_tag", joinColumns = @JoinColumn(name = "track_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    @Version
    private long version;

    /** The lead artist's audience; never null (Hibernate loads an all-null embeddable as null). */
    public ArtistAudience artistAudience() {
        if (artistAudience == null) {
            artistAudience = new ArtistAudience();
        }
        return artistAudience;
    }

    /** What The MLC found besides the publisher status; never null (an all-null embeddable loads as null). */
    public MlcRegistration mlcRegistration() {
        if (mlcRegistration == null) {
            mlcRegistration = new MlcRegistration();
        }
        return mlcRegistration;
    }

    /** The audio features; never null (Hibernate loads an all-null embeddable as null). */
    public AudioFeatures audioFeatures() {
        if (audioFeatures == null) {
            audioFeatures = new AudioFeatures();
        }
        return audioFeatures;
    }

    /** The YouTube video (tier 6); never null (Hibernate loads an all-null embeddable as null). */
    public YouTubeVideo youTubeVideo() {
        if (youTubeVideo == null) {
            youTubeVideo = new YouTubeVideo();
        }
        return youTubeVideo;
    }

    /** What MusicBrainz says (tier 4); never null (Hibernate loads an all-null embeddable as null). */
    public MusicBrainzRecording musicBrainz() {
        if (musicBrainz == null) {
            musicBrainz = new MusicBrainzRecording();
        }
        return musicBrainz;
    }

    /** What Chartmetric says (tier 5); never null (Hibernate loads an all-null embeddable as null). */
    public ChartmetricAnalytics chartmetric() {
        if (chartmetric == null) {
            chartmetric = new ChartmetricAnalytics();
        }
        return chartmetric;
    }

    public Long getId() {
        return id;
    }

    public Long getSpotifyStreams() {
        return spotifyStreams;
    }

    public void setSpotifyStreams(Long spotifyStreams) {
        this.spotifyStreams = spotifyStreams;
    }

    public Long getYoutubeViews() {
        return youtubeViews;
    }

    public void setYoutubeViews(Long youtubeViews) {
        this.youtubeViews = youtubeViews;
    }

    public PublisherStatus getPublisherStatus() {
        return publisherStatus;
    }

    public void setPublisherStatus(PublisherStatus publisherStatus) {
        this.publisherStatus = publisherStatus;
    }

    public String getPublisherName() {
        return publisherName;
    }

    public void setPublisherName(String publisherName) {
        this.publisherName = publisherName;
    }

    public Double getUnsignedScore() {
        return unsignedScore;
    }

    public void setUnsignedScore(Double unsignedScore) {
        this.unsignedScore = unsignedScore;
    }

    public String getScoreBreakdown() {
        return scoreBreakdown;
    }

    public void setScoreBreakdown(String scoreBreakdown) {
        this.scoreBreakdown = scoreBreakdown;
    }

    public Instant getScoreComputedAt() {
        return scoreComputedAt;
    }

    public void setScoreComputedAt(Instant scoreComputedAt) {
        this.scoreComputedAt = scoreComputedAt;
    }

    public LeadStage getLeadStage() {
        return leadStage;
    }

    public void setLeadStage(LeadStage leadStage) {
        this.leadStage = leadStage;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public void setFirstSeenAt(Instant firstSeenAt) {
        this.firstSeenAt = firstSeenAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    public String getSearchText() {
        return searchText;
    }

    public String getSongwriterNames() {
        return songwriterNames;
    }

    public Instant getLastEnrichedAt() {
        return lastEnrichedAt;
    }

    public Double getWowStreamsPct() {
        return wowStreamsPct;
    }

    public boolean hasCredits() {
        return hasCredits;
    }

    public boolean hasSongwriter() {
        return hasSongwriter;
    }

    @PrePersist
    @PreUpdate
    void derive() {
        searchText = searchTextOf(getName(), getArtistNames(), songwriterNames);
    }

    /** The search text of a track without songwriters (yet). */
    public static String searchTextOf(String name, String artistNames) {
        return searchTextOf(name, artistNames, null);
    }

    /** The text the search scans: what a scout would type, matched without regard to case. */
    public static String searchTextOf(String name, String artistNames, String songwriterNames) {
        return normaliseForSearch((name == null ? "" : name) + " " + (artistNames == null ? "" : artistNames)
                + (songwriterNames == null ? "" : " " + songwriterNames));
    }

    /** Applied alike to the stored search text and to what the scout types. */
    public static String normaliseForSearch(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
