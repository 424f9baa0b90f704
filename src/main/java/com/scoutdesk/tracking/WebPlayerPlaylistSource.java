package com.scoutdesk.tracking;

import com.scoutdesk.integration.webplayer.LazyWebPlayerBrowser;
import com.scoutdesk.integration.webplayer.WebPlayerConfig;
import com.scoutdesk.integration.webplayer.WebPlayerPlaylistScraper;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import com.scoutdesk.model.id.SpotifyRef;

/**
 * The web player as a playlist source. Chromium starts on the first fetch, not with the app, and stops when the
 * workspace closes. The browser may be shared with enrichment (tier 2); whoever made it closes it.
 */
public final class WebPlayerPlaylistSource implements PlaylistSource, AutoCloseable {

    private final LazyWebPlayerBrowser browser;
    private final boolean ownsBrowser;

    /** With a browser of its own, closed with this source. */
    public WebPlayerPlaylistSource(WebPlayerConfig config) {
        this(new LazyWebPlayerBrowser(config), true);
    }

    /** With the workspace's shared browser, which the workspace closes. */
    public WebPlayerPlaylistSource(LazyWebPlayerBrowser shared) {
        this(shared, false);
    }

    private WebPlayerPlaylistSource(LazyWebPlayerBrowser browser, boolean ownsBrowser) {
        this.browser = browser;
        this.ownsBrowser = ownsBrowser;
    }

    @Override
    public FetchMethod method() {
        return FetchMethod.WEB_PLAYER;
    }

    @Override
    public boolean isConfigured() {
        return true;
    }

    /** The web player shows a playlist's data only with its contents, so this reads the whole page. */
    @Override
    public PlaylistMetadata metadata(SpotifyRef playlist) {
        return fetch(playlist).metadata();
    }

    @Override
    public FetchedPlaylist fetch(SpotifyRef playlist) {
        return new WebPlayerPlaylistScraper(browser.get(), browser.config()).fetch(playlist.id());
    }

    @Override
    public void close() {
        if (ownsBrowser) {
            browser.close();
        }
    }
}
