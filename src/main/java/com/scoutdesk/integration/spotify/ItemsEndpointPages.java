package com.scoutdesk.integration.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.spotify.dto.PlaylistItemDto;
import com.scoutdesk.integration.spotify.dto.PlaylistPageDto;
import com.scoutdesk.integration.spotify.dto.TrackDto;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.hc.core5.http.Header;
import se.michaelthelin.spotify.IHttpManager;

/**
 * Pages of {@code GET /v1/playlists/{id}/items}, the February 2026 endpoint, whose items carry the track under
 * {@code item} ({@code track} remains as a deprecated alias and is read when {@code item} is absent).
 * spotify-web-api-java 9.4.0 neither calls nor parses it, so the JSON is read with Jackson, but through the same
 * {@link IHttpManager}.
 */
final class ItemsEndpointPages implements ItemsPageSource {

    private final IHttpManager http;
    private final URI apiUrl;

    ItemsEndpointPages(IHttpManager http, URI apiUrl) {
        this.http = http;
        this.apiUrl = apiUrl;
    }

    @Override
    public ItemsPage page(String playlistId, int offset, int limit) {
        URI uri = apiUrl.resolve("/v1/playlists/" + playlistId + "/items?limit=" + limit + "&offset=" + offset);
        String json = LibraryCall.run(() -> http.get(uri, new Header[0]), "playlist page");
        PlaylistPageDto page = SpotifyJson.read(json, PlaylistPageDto.class, "playlist page");
        if (page.items() == null || page.total() == null) {
            throw new ChangedShapeException(Provider.SPOTIFY_API, "a playlist page without items or total", null);
        }
        List<ItemsPage.Entry> entries = page.items().stream().map(ItemsEndpointPages::entry).toList();
        return new ItemsPage(entries, page.total());
    }

    private static ItemsPage.Entry entry(PlaylistItemDto item) {
        if (item == null) {
            return ItemsPage.Entry.unavailable();
        }
        JsonNode content = item.item() != null ? item.item() : item.track();
        if (content == null) {
            // Not a removed track (that is an explicit null): the key itself is gone, so the shape moved again.
            throw new ChangedShapeException(Provider.SPOTIFY_API, "a playlist item with neither 'item' nor 'track'",
                    null);
        }
        if (Boolean.TRUE.equals(item.isLocal())) {
            return ItemsPage.Entry.local();
        }
        if (content.isNull()) {
            return ItemsPage.Entry.unavailable();
        }
        TrackDto track = SpotifyJson.convert(content, TrackDto.class, "playlist item");
        if (Boolean.TRUE.equals(track.isLocal())) {
            return ItemsPage.Entry.local();
        }
        if (!"track".equals(track.type()) || track.id() == null) {
            return ItemsPage.Entry.unavailable();
        }
        return ItemsPage.Entry.track(FetchedTrackMapper.fromDto(track), instant(item.addedAt()));
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
