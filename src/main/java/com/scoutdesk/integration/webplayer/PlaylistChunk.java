package com.scoutdesk.integration.webplayer;

import com.scoutdesk.model.fetch.FetchedTrack;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import java.time.Instant;
import java.util.List;

/**
 * What one recognised {@code fetchPlaylist}/{@code fetchPlaylistContents} response said.
 *
 * @param notFound   the playlist does not exist ({@code playlistV2.__typename == "NotFound"})
 * @param header     the playlist's own fields, when the response carried them (the first page does)
 * @param totalCount how many items the playlist has, or null when the response did not say
 * @param items      the items of this page, with 1-based positions in the whole playlist
 */
record PlaylistChunk(boolean notFound, PlaylistMetadata header, Integer totalCount, List<Item> items) {

    PlaylistChunk {
        items = List.copyOf(items);
    }

    static PlaylistChunk missing() {
        return new PlaylistChunk(true, null, null, List.of());
    }

    /** What sits at a position: a track, or a local file or unavailable entry that has no Spotify track. */
    enum Kind { TRACK, LOCAL, UNAVAILABLE }

    /** One item; {@code track} is null unless the kind is TRACK. */
    record Item(int position, Kind kind, FetchedTrack track, Instant addedAt) {
    }
}
