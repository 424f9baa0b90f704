package com.scoutdesk.model.fetch;

/** One track's audio features as Spotify sends them; a field Spotify left out is null. */
public record FetchedAudioFeatures(String id, Double danceability, Double energy, Double valence, Double tempo,
                                   Double acousticness, Double instrumentalness, Double speechiness, Double liveness,
                                   Double loudness, Integer key, Integer mode, Integer timeSignature) {
}
