package com.scoutdesk.integration.spotify.dto;

import java.util.List;

/** An audio-features object. */
public record AudioFeaturesDto(String id, Double danceability, Double energy, Double valence, Double tempo,
                               Double acousticness, Double instrumentalness, Double speechiness, Double liveness,
                               Double loudness, Integer key, Integer mode, Integer timeSignature) {

    /** {@code GET /v1/audio-features?ids=}: {@code {"audio_features":[...]}}, null for a track without them. */
    public record Several(List<AudioFeaturesDto> audioFeatures) {
    }
}
