package com.scoutdesk.model.fetch;

import java.util.List;

/**
 * A track as a playlist source reports it. Fields a source does not give are null, never zero or empty text.
 *
 * @param isrc      normalised 12-character ISRC, when the source gives one
 * @param playcount the web player's play count, when the source gives one
 */
public record FetchedTrack(String spotifyId, String name, List<FetchedArtist> artists, String albumName, String isrc,
                           Integer durationMs, Boolean explicit, String releaseDate, Long playcount) {

    public FetchedTrack {
        artists = artists == null ? List.of() : List.copyOf(artists);
    }

    /** Artist names joined for display and search, e.g. "Mara Vell, Kofi Adeyemi". */
    public String artistNames() {
        return String.join(", ", artists.stream().map(FetchedArtist::name).toList());
    }
}
