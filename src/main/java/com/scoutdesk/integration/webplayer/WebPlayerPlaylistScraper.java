package com.scoutdesk.integration.webplayer;

import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import java.util.Objects;

/**
 * Reads a public playlist through the Spotify web player: opens {@code {baseUrl}/playlist/{id}} in Chromium, keeps
 * the {@code fetchPlaylist}/{@code fetchPlaylistContents} GraphQL answers the page itself loads, and scrolls the
 * track list so that the page loads all of them. When those answers are not recognisable any more, the rows on
 * screen are read instead. This is the route for editorial and third-party playlists, which the Web API no longer
 * serves to development-mode apps (ARCHITECTURE.md, "Getting Spotify data in 2026").
 *
 * <p>A result with {@code complete == false} means the page showed fewer items than it announced; its
 * {@code shortfall()} says why (the page stopped loading, its requests failed, time ran out, or the page changed).
 * Callers report that and must not read drops from it.
 *
 * <p>Thread-safe; concurrent fetches share the browser's page pool.
 */
public final class WebPlayerPlaylistScraper {

    private final WebPlayerBrowser browser;
    private final WebPlayerConfig config;

    /** Uses the browser's own settings for the base URL and stall time. */
    public WebPlayerPlaylistScraper(WebPlayerBrowser browser) {
        this(browser, browser.config());
    }

    /**
     * Reads from {@code config.baseUrl()} with {@code config.stallTimeout()}; the page pool, page timeout and
     * Chromium are the browser's.
     */
    public WebPlayerPlaylistScraper(WebPlayerBrowser browser, WebPlayerConfig config) {
        this.browser = Objects.requireNonNull(browser, "browser");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Fetches the playlist, blocking until it is read (at most about twice the page timeout, more when other fetches
     * are queued ahead).
     *
     * @param playlistId the 22-character base62 playlist id
     * @throws com.scoutdesk.model.id.InvalidIdentifierException                if the id is not a Spotify id
     * @throws com.scoutdesk.integration.common.UnavailableException             NOT_FOUND when the playlist does not
     *                                                                           exist
     * @throws com.scoutdesk.integration.common.OfflineException                 when the web player cannot be reached
     * @throws com.scoutdesk.integration.common.ChangedShapeException            when nothing on the page was readable
     * @throws com.scoutdesk.integration.common.ServerErrorException             when the page itself answered 5xx
     * @throws com.scoutdesk.integration.common.RateLimitedException             when the page itself answered 429
     */
    public FetchedPlaylist fetch(String playlistId) {
        String id = new SpotifyRef(SpotifyKind.PLAYLIST, playlistId).id();
        String url = config.baseUrl() + "/playlist/" + id;
        return browser.run(() -> new PlaylistPageJob(id, url, config.stallTimeout()));
    }
}
