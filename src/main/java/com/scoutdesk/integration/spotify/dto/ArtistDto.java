package com.scoutdesk.integration.spotify.dto;

import java.util.List;

/** A full artist object; {@code followers}, {@code popularity} and {@code genres} may be absent. */
public record ArtistDto(String id, String name, Followers followers, Integer popularity, List<String> genres) {

    /** {@code GET /v1/artists?ids=}: {@code {"artists":[...]}}, null for an unknown id. */
    public record Several(List<ArtistDto> artists) {
    }

    /** {@code {"href":null,"total":N}}. */
    public record Followers(Long total) {
    }
}
