package com.scoutdesk.model.fetch;

import com.scoutdesk.model.FetchMethod;
import java.util.List;

/**
 * The contents of a playlist as one source read them. Only a complete fetch may be compared with the previous one
 * to find drops: a partial one (the web player changed, a page failed) says nothing about what is missing.
 *
 * @param expectedTotal      how many items the source said there are, or -1 when it did not say
 * @param skippedUnavailable items the source listed without a track (removed or unavailable tracks)
 * @param skippedLocal       local files, which have no Spotify id
 * @param complete           whether every expected item was read (tracks + skipped = expected)
 * @param shortfall          for a partial fetch, why it is partial, as a sentence for the scout (e.g. "the web player
 *                           page stopped loading rows after 45 of 60 within 38 s"); null when complete or unknown
 */
public record FetchedPlaylist(PlaylistMetadata metadata, List<FetchedItem> items, int expectedTotal,
                              int skippedUnavailable, int skippedLocal, boolean complete, FetchMethod source,
                              String shortfall) {

    public FetchedPlaylist {
        items = List.copyOf(items);
    }

    /** A fetch whose source does not say why it fell short. */
    public FetchedPlaylist(PlaylistMetadata metadata, List<FetchedItem> items, int expectedTotal,
                           int skippedUnavailable, int skippedLocal, boolean complete, FetchMethod source) {
        this(metadata, items, expectedTotal, skippedUnavailable, skippedLocal, complete, source, null);
    }

    /** Items read, counting the skipped ones: what "fetched N of M" reports as N. */
    public int readCount() {
        return items.size() + skippedUnavailable + skippedLocal;
    }

    public FetchedPlaylist withShortfall(String reason) {
        return new FetchedPlaylist(metadata, items, expectedTotal, skippedUnavailable, skippedLocal, complete, source,
                reason);
    }
}
