package com.scoutdesk.model.fetch;

/**
 * What a source says about a playlist itself. Any field but the id may be null when the source does not give it.
 *
 * @param followers   null when the source withholds it (never 0 for "unknown")
 * @param totalTracks the number of items the source says the playlist has
 */
public record PlaylistMetadata(String spotifyId, String name, String ownerName, String ownerId, Long followers,
                               Integer totalTracks, String imageUrl, String description) {
}
