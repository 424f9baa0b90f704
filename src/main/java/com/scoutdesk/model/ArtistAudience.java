package com.scoutdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The lead (first-listed) artist's audience on Spotify, kept on the track: followers, popularity (0-100) and genres
 * (comma-separated). Null until known; development-mode apps get none of the first two since February 2026.
 */
@Embeddable
public class ArtistAudience {

    @Column(name = "artist_followers")
    private Long followers;

    @Column(name = "artist_popularity")
    private Integer popularity;

    @Column(name = "artist_genres", length = 1000)
    private String genres;

    public Long getFollowers() {
        return followers;
    }

    public void setFollowers(Long followers) {
        this.followers = followers;
    }

    public Integer getPopularity() {
        return popularity;
    }

    public void setPopularity(Integer popularity) {
        this.popularity = popularity;
    }

    public String getGenres() {
        return genres;
    }

    public void setGenres(String genres) {
        this.genres = genres;
    }
}
