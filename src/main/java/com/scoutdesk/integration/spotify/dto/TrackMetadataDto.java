package com.scoutdesk.integration.spotify.dto;

import java.util.List;
import java.util.Map;

/** A full track object as tier 1 reads it; absent fields stay null (Jackson leaves them so), so 0 is only a real 0. */
public record TrackMetadataDto(String id, String name, String type, Integer durationMs, Boolean explicit,
                               Integer popularity, Map<String, String> externalIds, List<Ref> artists, Album album) {

    /** {@code GET /v1/tracks?ids=}: {@code {"tracks":[...]}}, null for an id Spotify does not know. */
    public record Several(List<TrackMetadataDto> tracks) {
    }

    /** A simplified artist: its id, and its name for tier 0's search. */
    public record Ref(String id, String name) {
    }

    /** The simplified album of a track (it has no label). */
    public record Album(String id, String name, String releaseDate, List<Image> images) {
    }

    /** An image; Spotify lists them largest first. */
    public record Image(String url, Integer width, Integer height) {
    }
}
