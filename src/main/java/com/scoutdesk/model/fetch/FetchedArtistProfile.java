package com.scoutdesk.model.fetch;

import java.util.List;

/**
 * An artist's audience on Spotify. Null when Spotify did not send it: {@code followers} and {@code popularity} are
 * gone for development-mode apps since February 2026, {@code genres} is deprecated. An empty genre list is an answer.
 */
public record FetchedArtistProfile(String id, String name, Long followers, Integer popularity, List<String> genres) {

    public FetchedArtistProfile {
        genres = genres == null ? null : List.copyOf(genres);
    }
}
