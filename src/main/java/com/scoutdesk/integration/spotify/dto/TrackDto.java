package com.scoutdesk.integration.spotify.dto;

import java.util.List;
import java.util.Map;

/** A track object ({@code type} "track"), or an episode, which shares the fields read here but is not a track. */
public record TrackDto(String id, String name, String type, Boolean isLocal, List<Artist> artists, Album album,
                       Map<String, String> externalIds, Integer durationMs, Boolean explicit) {

    /** A simplified artist. */
    public record Artist(String id, String name) {
    }

    /** A simplified album; {@code releaseDate} is "2024", "2024-03" or "2024-03-08" depending on its precision. */
    public record Album(String name, String releaseDate) {
    }
}
