package com.scoutdesk.enrichment;

import java.time.Instant;

/**
 * What a stage may read of a track: a snapshot taken before the stage runs, never an entity.
 *
 * @param spotifyMetadataAt when tier 1 last asked Spotify about the track (its newest provenance row, whether a value
 *                          or "not available"), or null when it never did
 */
public record TrackFacts(long trackId, String spotifyId, String name, String artistNames, String isrc,
                         Integer durationMs, String label, Integer popularity, Long spotifyStreams,
                         String releaseDate, String imageUrl, Instant spotifyMetadataAt) {

    /** A snapshot without the tier 1 facts. */
    public TrackFacts(long trackId, String spotifyId, String name, String artistNames, String isrc,
                      Integer durationMs, String label, Integer popularity, Long spotifyStreams) {
        this(trackId, spotifyId, name, artistNames, isrc, durationMs, label, popularity, spotifyStreams, null, null,
                null);
    }
}
