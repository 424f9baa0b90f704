package com.scoutdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The track's YouTube video as tier 6 found it: its id, its likes and comments, and how it was found ("known id" or
 * "search"). The views stay on the track itself ({@code youtube_views}). Null until known, or when the owner hides a
 * count.
 */
@Embeddable
public class YouTubeVideo {

    @Column(name = "youtube_video_id", length = 64)
    private String videoId;

    @Column(name = "youtube_likes")
    private Long likes;

    @Column(name = "youtube_comments")
    private Long comments;

    @Column(name = "youtube_video_found_by", length = 20)
    private String foundBy;

    public String getVideoId() {
        return videoId;
    }

    public void setVideoId(String videoId) {
        this.videoId = videoId;
    }

    public Long getLikes() {
        return likes;
    }

    public void setLikes(Long likes) {
        this.likes = likes;
    }

    public Long getComments() {
        return comments;
    }

    public void setComments(Long comments) {
        this.comments = comments;
    }

    public String getFoundBy() {
        return foundBy;
    }

    public void setFoundBy(String foundBy) {
        this.foundBy = foundBy;
    }
}
