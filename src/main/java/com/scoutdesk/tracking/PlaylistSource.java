package com.scoutdesk.tracking;

import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import com.scoutdesk.model.id.SpotifyRef;

/** One way of reading a playlist; the chain tries them in order (Web API, then web player). */
public interface PlaylistSource {

    FetchMethod method();

    /** Whether this source can be tried at all (credentials configured, browser available). */
    boolean isConfigured();

    /** The playlist's own data, to check that it is reachable before it is tracked. */
    PlaylistMetadata metadata(SpotifyRef playlist) throws ProviderException;

    FetchedPlaylist fetch(SpotifyRef playlist) throws ProviderException;
}
