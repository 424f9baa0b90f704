package com.scoutdesk.model.fetch;

import java.util.List;

/**
 * A track as tier 1 reads it from the Web API. Every value is null when Spotify did not send it (development-mode
 * apps get no {@code popularity} since February 2026); a 0 here is a 0 Spotify sent.
 *
 * @param name        the title, which tier 0 searches by when the ISRC is missing
 * @param imageUrl    the album's largest image
 * @param artistIds   the artists' Spotify ids in credited order, the lead artist first
 * @param artistNames the artists' names in the same order (a name Spotify left out is skipped)
 */
public record FetchedTrackMetadata(String id, String name, String isrc, Integer durationMs, Boolean explicit,
                                   Integer popularity, String albumId, String albumName, String releaseDate,
                                   String imageUrl, List<String> artistIds, List<String> artistNames) {

    public FetchedTrackMetadata {
        artistIds = artistIds == null ? List.of() : List.copyOf(artistIds);
        artistNames = artistNames == null ? List.of() : List.copyOf(artistNames);
    }
}
