package com.scoutdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What the catalogue says about a recording: title, artists, album and release facts, as Spotify (or a chart import)
 * lists them. {@link Track} adds what the workspace learns and decides about it; the columns stay in table track,
 * and queries name them on Track as before.
 */
@MappedSuperclass
public abstract class Recording {

    @Column(name = "spotify_id", nullable = false, length = 64)
    private String spotifyId;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "artist_names", nullable = false, length = 1000)
    private String artistNames;

    @Column(name = "album_name")
    private String albumName;

    @Column(name = "isrc", length = 12)
    private String isrc;

    @Column(name = "duration_ms")
    private Integer durationMs;

    @Column(name = "explicit_content")
    private Boolean explicitContent;

    @Column(name = "release_date", length = 10)
    private String releaseDate;

    @Column(name = "label")
    private String label;

    @Column(name = "popularity")
    private Integer popularity;

    /** The album cover, the largest image Spotify lists. */
    @Column(name = "image_url", length = 1000)
    private String imageUrl;

    /** The album's sound-recording copyright line, e.g. "(P) 2026 Night Owl Records". */
    @Column(name = "p_line", length = 500)
    private String pLine;

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

    public String getArtistNames() {
        return artistNames;
    }

    public void setArtistNames(String artistNames) {
        this.artistNames = artistNames;
    }

    public String getAlbumName() {
        return albumName;
    }

    public void setAlbumName(String albumName) {
        this.albumName = albumName;
    }

    public String getIsrc() {
        return isrc;
    }

    public void setIsrc(String isrc) {
        this.isrc = isrc;
    }

    public Integer getDurationMs() {
        return durationMs;
    }

    public void setDurationMs(Integer durationMs) {
        this.durationMs = durationMs;
    }

    public Boolean getExplicitContent() {
        return explicitContent;
    }

    public void setExplicitContent(Boolean explicitContent) {
        this.explicitContent = explicitContent;
    }

    public String getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(String releaseDate) {
        this.releaseDate = releaseDate;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Integer getPopularity() {
        return popularity;
    }

    public void setPopularity(Integer popularity) {
        this.popularity = popularity;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    public String getPLine() {
        return pLine;
    }

    public void setPLine(String pLine) {
        this.pLine = pLine;
    }
}
