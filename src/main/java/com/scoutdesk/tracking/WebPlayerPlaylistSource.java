package com.scoutdesk.tracking;

import com.scoutdesk.integration.webplayer.WebPlayerBrowser;
import com.scoutdesk.integration.webplayer.WebPlayerConfig;
import com.scoutdesk.integration.webplayer.WebPlayerPlaylistScraper;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import com.scoutdesk.model.id.SpotifyRef;

/**
 * The web player as a playlist source. Chromium starts on the first fetch, not with the app, and stops when the
 * workspace closes.
 */
public final class WebPlayerPlaylistSource implements PlaylistSource, AutoCloseable {

    private final WebPlayerConfig config;
    private WebPlayerBrowser browser;
    private WebPlayerPlaylistScraper scraper;

    public WebPlayerPlaylistSource(WebPlayerConfig config) {
        this.config = config;
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
        return scraper().fetch(playlist.id());
    }

    private synchronized WebPlayerPlaylistScraper scraper() {
        if (scraper == null) {
            browser = new WebPlayerBrowser(config);
            scraper = new WebPlayerPlaylistScraper(browser, config);
        }
        return scraper;
    }

    @Override
    public synchronized void close() {
        if (browser != null) {
            browser.close();
            browser = null;
            scraper = null;
        }
    }
}
