package com.scoutdesk.model.fetch;

import java.util.List;

/**
 * A track as tier 1 reads it from the Web API. Every value is null when Spotify did not send it (development-mode
 * apps get no {@code popularity} since February 2026); a 0 here is a 0 Spotify sent.
 *
 * @param imageUrl  the album's largest image
 * @param artistIds the artists' Spotify ids in credited order, the lead artist first
 */
public record FetchedTrackMetadata(String id, String isrc, Integer durationMs, Boolean explicit, Integer popularity,
                                   String albumId, String albumName, String releaseDate, String imageUrl,
                                   List<String> artistIds) {

    public FetchedTrackMetadata {
        artistIds = artistIds == null ? List.of() : List.copyOf(artistIds);
    }
}
