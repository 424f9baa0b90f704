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

/** A songwriter, producer or artist credited on tracks. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "spotify_artist_id")
    private String spotifyArtistId;

    @Column(name = "musicbrainz_id")
    private String musicbrainzId;

    @Column(name = "ipi", length = 11)
    private String ipi;

    @Column(name = "instagram_url")
    private String instagramUrl;

    @Column(name = "tiktok_url")
    private String tiktokUrl;

    @Column(name = "x_url")
    private String xUrl;

    @Column(name = "youtube_url")
    private String youtubeUrl;

    @Column(name = "website_url")
    private String websiteUrl;

    @Column(name = "facebook_url")
    private String facebookUrl;

    @Column(name = "bandcamp_url")
    private String bandcampUrl;

    @Column(name = "soundcloud_url")
    private String soundcloudUrl;

    @Column(name = "wikipedia_url")
    private String wikipediaUrl;

    /** The source the links were last read from (e.g. "musicbrainz"), and when. */
    @Column(name = "links_source", length = 40)
    private String linksSource;

    @Column(name = "links_fetched_at")
    private Instant linksFetchedAt;

    /** How this person was matched to a source's credit; null for a person made fresh from one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "match_basis", length = 20)
    private MatchBasis matchBasis;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSpotifyArtistId() {
        return spotifyArtistId;
    }

    public void setSpotifyArtistId(String spotifyArtistId) {
        this.spotifyArtistId = spotifyArtistId;
    }

    public String getMusicbrainzId() {
        return musicbrainzId;
    }

    public void setMusicbrainzId(String musicbrainzId) {
        this.musicbrainzId = musicbrainzId;
    }

    public String getIpi() {
        return ipi;
    }

    public void setIpi(String ipi) {
        this.ipi = ipi;
    }

    public String getInstagramUrl() {
        return instagramUrl;
    }

    public void setInstagramUrl(String instagramUrl) {
        this.instagramUrl = instagramUrl;
    }

    public String getTiktokUrl() {
        return tiktokUrl;
    }

    public void setTiktokUrl(String tiktokUrl) {
        this.tiktokUrl = tiktokUrl;
    }

    public String getXUrl() {
        return xUrl;
    }

    public void setXUrl(String xUrl) {
        this.xUrl = xUrl;
    }

    public String getYoutubeUrl() {
        return youtubeUrl;
    }

    public void setYoutubeUrl(String youtubeUrl) {
        this.youtubeUrl = youtubeUrl;
    }

    public String getWebsiteUrl() {
        return websiteUrl;
    }

    public void setWebsiteUrl(String websiteUrl) {
        this.websiteUrl = websiteUrl;
    }

    public String getFacebookUrl() {
        return facebookUrl;
    }

    public void setFacebookUrl(String facebookUrl) {
        this.facebookUrl = facebookUrl;
    }

    public String getBandcampUrl() {
        return bandcampUrl;
    }

    public void setBandcampUrl(String bandcampUrl) {
        this.bandcampUrl = bandcampUrl;
    }

    public String getSoundcloudUrl() {
        return soundcloudUrl;
    }

    public void setSoundcloudUrl(String soundcloudUrl) {
        this.soundcloudUrl = soundcloudUrl;
    }

    public String getWikipediaUrl() {
        return wikipediaUrl;
    }

    public void setWikipediaUrl(String wikipediaUrl) {
        this.wikipediaUrl = wikipediaUrl;
    }

    public String getLinksSource() {
        return linksSource;
    }

    public void setLinksSource(String linksSource) {
        this.linksSource = linksSource;
    }

    public Instant getLinksFetchedAt() {
        return linksFetchedAt;
    }

    public void setLinksFetchedAt(Instant linksFetchedAt) {
        this.linksFetchedAt = linksFetchedAt;
    }

    public MatchBasis getMatchBasis() {
        return matchBasis;
    }

    public void setMatchBasis(MatchBasis matchBasis) {
        this.matchBasis = matchBasis;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }
}
