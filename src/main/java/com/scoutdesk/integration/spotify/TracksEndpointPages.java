package com.scoutdesk.integration.spotify;

import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;
import java.util.Arrays;
import java.util.List;
import se.michaelthelin.spotify.SpotifyApi;
import se.michaelthelin.spotify.model_objects.specification.Paging;
import se.michaelthelin.spotify.model_objects.specification.PlaylistTrack;
import se.michaelthelin.spotify.model_objects.specification.Track;

/**
 * Pages of {@code GET /v1/playlists/{id}/tracks} (items under {@code track}), requested and parsed by
 * spotify-web-api-java 9.4.0. Spotify renamed this endpoint {@code /items} in February 2026; apps created before that
 * and extended-quota apps may still have only this one.
 */
final class TracksEndpointPages implements ItemsPageSource {

    private final SpotifyApi api;

    TracksEndpointPages(SpotifyApi api) {
        this.api = api;
    }

    @Override
    public ItemsPage page(String playlistId, int offset, int limit) {
        Paging<PlaylistTrack> paging = LibraryCall.run(() -> api.getPlaylistsItems(playlistId)
                .limit(limit).offset(offset).build().execute(), "playlist page");
        if (paging == null || paging.getItems() == null || paging.getTotal() == null) {
            throw new ChangedShapeException(Provider.SPOTIFY_API, "a playlist page without items or total", null);
        }
        List<ItemsPage.Entry> entries = Arrays.stream(paging.getItems()).map(TracksEndpointPages::entry).toList();
        return new ItemsPage(entries, paging.getTotal());
    }

    private static ItemsPage.Entry entry(PlaylistTrack item) {
        // The library turns an item it cannot read (e.g. a malformed added_at) into null as well.
        if (item == null) {
            return ItemsPage.Entry.unavailable();
        }
        if (Boolean.TRUE.equals(item.getIsLocal())) {
            return ItemsPage.Entry.local();
        }
        if (!(item.getTrack() instanceof Track track) || track.getId() == null) {
            return ItemsPage.Entry.unavailable();
        }
        return ItemsPage.Entry.track(FetchedTrackMapper.fromLibrary(track),
                item.getAddedAt() == null ? null : item.getAddedAt().toInstant());
    }
}
