package com.scoutdesk.enrichment;

/** What a stage may read of a track: a snapshot taken before the stage runs, never an entity. */
public record TrackFacts(long trackId, String spotifyId, String name, String artistNames, String isrc,
                         Integer durationMs, String label, Integer popularity, Long spotifyStreams) {
}
