package com.scoutdesk.integration.webplayer;

import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import java.util.Objects;

/**
 * Reads one track's play count and credits through the Spotify web player: opens {@code {baseUrl}/track/{id}} in
 * the shared browser's page pool (one page per track, at most the page timeout each) and keeps the page's own
 * {@code getTrack} and {@code queryTrackCreditsModal} answers, reading the credits dialog when those are not
 * recognisable. Thread-safe.
 */
public final class WebPlayerTrackScraper {

    private final WebPlayerBrowser browser;
    private final WebPlayerConfig config;

    public WebPlayerTrackScraper(WebPlayerBrowser browser) {
        this(browser, browser.config());
    }

    /** Reads from {@code config.baseUrl()}; the pool, timeout and Chromium are the browser's. */
    public WebPlayerTrackScraper(WebPlayerBrowser browser, WebPlayerConfig config) {
        this.browser = Objects.requireNonNull(browser, "browser");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Blocks until the page was read.
     *
     * @throws com.scoutdesk.integration.common.ChangedShapeException when an answer is not in the known shape
     * @throws com.scoutdesk.integration.common.OfflineException      when the web player cannot be reached
     * @throws com.scoutdesk.integration.common.TimedOutException     when the page did not finish in time
     * @throws com.scoutdesk.integration.common.UnavailableException  NOT_FOUND when the track does not exist
     */
    public TrackPage fetch(String trackId) {
        String id = new SpotifyRef(SpotifyKind.TRACK, trackId).id();
        String url = config.baseUrl() + "/track/" + id;
        return browser.run(() -> new TrackPageJob(id, url, browser.config().pageTimeout(), config.stallTimeout()));
    }
}
