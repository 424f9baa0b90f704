package com.scoutdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A tracked Spotify playlist (editorial or a curator's). */
@Entity
@Table(name = "playlist")
public class Playlist {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "playlist_seq")
    // One at a time: the id is the number a scout types, so a new command must not skip to the next block (V7).
    @SequenceGenerator(name = "playlist_seq", sequenceName = "playlist_seq", allocationSize = 1)
    private Long id;

    @Column(name = "spotify_id", nullable = false, length = 64)
    private String spotifyId;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "owner_id")
    private String ownerId;

    @Column(name = "followers")
    private Long followers;

    @Column(name = "total_tracks")
    private Integer totalTracks;

    @Column(name = "image_url")
    private String imageUrl;

    @Column(name = "description")
    private String description;

    @Column(name = "chartmetric_url")
    private String chartmetricUrl;

    @Column(name = "editorial", nullable = false)
    private boolean editorial;

    @Enumerated(EnumType.STRING)
    @Column(name = "fetch_method")
    private FetchMethod fetchMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PlaylistStatus status;

    @Column(name = "last_checked_at")
    private Instant lastCheckedAt;

    @Column(name = "last_good_fetch_at")
    private Instant lastGoodFetchAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "auto_fetch", nullable = false)
    private boolean autoFetch;

    @Column(name = "auto_enrich", nullable = false)
    private boolean autoEnrich;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public String getSpotifyId() {
        return spotifyId;
    }

    public void setSpotifyId(String spotifyId) {
        this.spotifyId = spotifyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(String ownerId) {
        this.ownerId = ownerId;
    }

    public Long getFollowers() {
        return followers;
    }

    public void setFollowers(Long followers) {
        this.followers = followers;
    }

    public Integer getTotalTracks() {
        return totalTracks;
    }

    public void setTotalTracks(Integer totalTracks) {
        this.totalTracks = totalTracks;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getChartmetricUrl() {
        return chartmetricUrl;
    }

    public void setChartmetricUrl(String chartmetricUrl) {
        this.chartmetricUrl = chartmetricUrl;
    }

    public boolean isEditorial() {
        return editorial;
    }

    public void setEditorial(boolean editorial) {
        this.editorial = editorial;
    }

    public FetchMethod getFetchMethod() {
        return fetchMethod;
    }

    public void setFetchMethod(FetchMethod fetchMethod) {
        this.fetchMethod = fetchMethod;
    }

    public PlaylistStatus getStatus() {
        return status;
    }

    public void setStatus(PlaylistStatus status) {
        this.status = status;
    }

    public Instant getLastCheckedAt() {
        return lastCheckedAt;
    }

    public void setLastCheckedAt(Instant lastCheckedAt) {
        this.lastCheckedAt = lastCheckedAt;
    }

    public Instant getLastGoodFetchAt() {
        return lastGoodFetchAt;
    }

    public void setLastGoodFetchAt(Instant lastGoodFetchAt) {
        this.lastGoodFetchAt = lastGoodFetchAt;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError;
    }

    public boolean isAutoFetch() {
        return autoFetch;
    }

    public void setAutoFetch(boolean autoFetch) {
        this.autoFetch = autoFetch;
    }

    public boolean isAutoEnrich() {
        return autoEnrich;
    }

    public void setAutoEnrich(boolean autoEnrich) {
        this.autoEnrich = autoEnrich;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
