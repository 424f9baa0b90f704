package com.scoutdesk.integration.spotify;

import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.fetch.FetchedItem;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every item of a playlist, page by page, and counts what it had to skip.
 *
 * <p>Which endpoint: {@code /items} first, because since February 2026 it is the only one new development-mode apps
 * get ({@code /tracks} was removed for them). When {@code /items} answers 404 for a playlist whose metadata was just
 * read, the endpoint itself is missing for this app (older or extended-quota apps), so {@code /tracks} is used, and
 * remembered so that later playlists skip the failing request. A 404 from both means the playlist is gone.
 */
final class PlaylistItemsReader {

    private static final Logger LOG = LoggerFactory.getLogger(PlaylistItemsReader.class);

    private final ItemsPageSource items;
    private final ItemsPageSource tracks;
    private final int pageSize;
    private volatile ItemsPageSource preferred;

    PlaylistItemsReader(ItemsPageSource items, ItemsPageSource tracks, int pageSize) {
        this.items = items;
        this.tracks = tracks;
        this.pageSize = pageSize;
        this.preferred = items;
    }

    FetchedPlaylist read(PlaylistMetadata metadata) {
        String id = metadata.spotifyId();
        ItemsPageSource source = preferred;
        ItemsPage first;
        try {
            first = source.page(id, 0, pageSize);
        } catch (UnavailableException e) {
            if (source != items || e.reason() != UnavailableException.Reason.NOT_FOUND) {
                throw e;
            }
            LOG.info("Spotify answered 404 on /items for playlist {} that exists; reading /tracks instead", id);
            source = tracks;
            first = source.page(id, 0, pageSize);
            preferred = tracks;
        }
        return collect(metadata, source, first);
    }

    private FetchedPlaylist collect(PlaylistMetadata metadata, ItemsPageSource source, ItemsPage first) {
        List<FetchedItem> read = new ArrayList<>();
        int local = 0;
        int unavailable = 0;
        int offset = 0;
        ItemsPage page = first;
        while (true) {
            for (ItemsPage.Entry entry : page.entries()) {
                offset++;
                switch (entry.kind()) {
                    case TRACK -> read.add(new FetchedItem(offset, entry.track(), entry.addedAt()));
                    case LOCAL -> local++;
                    default -> unavailable++;
                }
            }
            // Stop on an empty page too, so a playlist shrinking while we page cannot loop forever.
            if (page.entries().isEmpty() || offset >= page.total()) {
                break;
            }
            page = source.page(metadata.spotifyId(), offset, pageSize);
        }
        int total = page.total();
        boolean complete = read.size() + local + unavailable == total;
        if (!complete) {
            LOG.warn("Playlist {}: read {} items of the {} Spotify announced", metadata.spotifyId(), offset, total);
        }
        return new FetchedPlaylist(metadata, read, total, unavailable, local, complete, FetchMethod.WEB_API);
    }
}
