package com.scoutdesk.tracking;

import com.scoutdesk.integration.spotify.SpotifyApiClient;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import com.scoutdesk.model.id.SpotifyRef;

/** The Spotify Web API as a playlist source; tried first when client credentials are configured. */
public final class WebApiPlaylistSource implements PlaylistSource {

    private final SpotifyApiClient client;

    /** @param client null when no credentials are configured */
    public WebApiPlaylistSource(SpotifyApiClient client) {
        this.client = client;
    }

    @Override
    public FetchMethod method() {
        return FetchMethod.WEB_API;
    }

    @Override
    public boolean isConfigured() {
        return client != null;
    }

    @Override
    public PlaylistMetadata metadata(SpotifyRef playlist) {
        return client.playlist(playlist.id());
    }

    @Override
    public FetchedPlaylist fetch(SpotifyRef playlist) {
        PlaylistMetadata metadata = client.playlist(playlist.id());
        FetchedPlaylist items = client.playlistItems(playlist.id());
        return new FetchedPlaylist(metadata, items.items(), items.expectedTotal(), items.skippedUnavailable(),
                items.skippedLocal(), items.complete(), items.source());
    }
}
