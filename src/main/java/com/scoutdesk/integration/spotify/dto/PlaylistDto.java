package com.scoutdesk.integration.spotify.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code GET /v1/playlists/{id}}. Before 2026 the item count sits in {@code tracks.total}; the February 2026 shape
 * renames it {@code items.total} and, for playlists the user does not own, may leave both out.
 */
public record PlaylistDto(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
                          String description, Owner owner, Followers followers, List<Image> images, Total tracks,
                          Total items) {

    /** The curator. */
    public record Owner(String id, String displayName) {
    }

    /** Followers; {@code href} is always null, so only the total is read. */
    public record Followers(Long total) {
    }

    /** A cover image, largest first. */
    public record Image(String url) {
    }

    /** The paging object embedded in the playlist, of which only the total is read. */
    public record Total(Integer total) {
    }
}
