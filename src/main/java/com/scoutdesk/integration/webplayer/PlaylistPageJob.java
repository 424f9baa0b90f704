package com.scoutdesk.integration.webplayer;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one playlist page, accepts the cookie banner, and scrolls the track list until every item was read (from the
 * captured JSON, with the DOM rows as fallback) or nothing new turned up for the stall time.
 */
final class PlaylistPageJob implements PageJob<FetchedPlaylist> {

    private static final Logger LOG = LoggerFactory.getLogger(PlaylistPageJob.class);
    private static final Provider PROVIDER = Provider.SPOTIFY_WEB_PLAYER;
    /** One wheel step: about a viewport of rows, as the real page is scrolled by a hand on a mouse. */
    private static final int WHEEL_PIXELS = 700;
    /** Rows still loading are waited for this long before scrolling on, so the DOM fallback sees them filled. */
    private static final long PLACEHOLDER_WAIT_NANOS = Duration.ofMillis(1500).toNanos();
    private static final double CONSENT_CLICK_TIMEOUT_MS = 3000;
    private static final int MAX_CONSENT_CLICKS = 3;
    /** Before anything was read the page may still be booting, so it gets longer to show something. */
    private static final int EMPTY_PAGE_STALL_FACTOR = 3;
    private static final String BLANK_PAGE = "about:blank";

    private final String playlistId;
    private final String url;
    private final long stallNanos;
    private final PathfinderCapture capture;
    private final PlaylistCollector collector;
    private Integer documentStatus;
    private String retryAfter;
    private boolean committed;
    private String navigationFailure;
    private long startedNanos;
    private long lastProgressNanos;
    private long placeholdersSinceNanos;
    private double lastScrollTop = Double.NaN;
    private boolean wheeled;
    private int stuckWheels;
    private int consentClicks;
    private int steps;
    private long stepNanos;

    PlaylistPageJob(String playlistId, String url, Duration stallTimeout) {
        this.playlistId = playlistId;
        this.url = url;
        this.stallNanos = stallTimeout.toNanos();
        this.capture = new PathfinderCapture(playlistId);
        this.collector = new PlaylistCollector(playlistId);
    }

    @Override
    public void start(Page page) {
        capture.attach(page);
        page.onResponse(response -> {
            if (isMainDocument(response.request()) && (response.status() < 300 || response.status() >= 400)) {
                documentStatus = response.status();
                retryAfter = response.headers().get("retry-after");
            }
        });
        page.onRequestFailed(request -> {
            // Once the page is there, a later navigation that fails (the page replacing itself) is not "offline".
            if (isMainDocument(request) && documentStatus == null) {
                navigationFailure = request.failure();
            }
        });
        startedNanos = System.nanoTime();
        lastProgressNanos = startedNanos;
        // page.navigate() would block the browser thread (and every other page) until the server answers, so the
        // navigation is started from the blank page and its outcome is read from the events above.
        page.evaluate("url => { window.location.href = url; }", url);
    }

    @Override
    public boolean step(Page page) {
        long begun = System.nanoTime();
        try {
            steps++;
            return advance(page);
        } catch (PlaywrightException e) {
            if (!isNavigationRace(e)) {
                throw e;
            }
            // The page replaced its document while we read it (it commits, redirects, reloads): read again next step.
            LOG.debug("The page {} navigated while being read: {}", url, e.getMessage());
            return false;
        } finally {
            stepNanos += System.nanoTime() - begun;
        }
    }

    private boolean advance(Page page) {
        checkDocument();
        // The answer's headers come before the page is replaced; until then the DOM is still the blank page.
        if (documentStatus == null || BLANK_PAGE.equals(page.url())) {
            return false;
        }
        long now = System.nanoTime();
        if (!committed) {
            // The stall clock starts with the page, not with the request: a slow server is not a stalled list.
            committed = true;
            lastProgressNanos = now;
        }
        int gained = 0;
        for (PlaylistChunk chunk : capture.drain()) {
            if (chunk.notFound()) {
                throw DocumentStatus.notFound(playlistId, 0);
            }
            gained += collector.add(chunk);
        }
        DomSnapshot snapshot = DomReader.snapshot(page, !collector.hasAnything());
        if (snapshot.notFound()) {
            throw DocumentStatus.notFound(playlistId, 0);
        }
        gained += collector.add(snapshot);
        boolean moved = snapshot.scrollTop() != lastScrollTop;
        lastScrollTop = snapshot.scrollTop();
        if (gained > 0 || moved) {
            lastProgressNanos = now;
        }
        if (collector.isComplete()) {
            return true;
        }
        if (stalled(now)) {
            return true;
        }
        acceptConsent(page, snapshot);
        scroll(page, snapshot, moved, now);
        return false;
    }

    @Override
    public FetchedPlaylist finish(Page page, boolean timedOut) {
        checkDocument();
        if (timedOut && documentStatus != null) {
            try {
                capture.drain().forEach(chunk -> collector.add(chunk));
            } catch (PlaywrightException e) {
                LOG.debug("Reading the last responses of {} failed: {}", url, e.getMessage());
            }
        }
        if (!collector.hasAnything()) {
            if (documentStatus == null) {
                throw new OfflineException(PROVIDER, new TimeoutException(url + " did not answer in time"));
            }
            throw new ChangedShapeException(PROVIDER, "nothing on the playlist page " + url + " could be read ("
                    + capture.summary() + ")", null);
        }
        FetchedPlaylist playlist = collector.assemble();
        LOG.info("Playlist {} read from the web player: {} of {} items ({} from data, {} from rows; {}) in {} ms,"
                + " {} steps taking {} ms{}", playlistId, playlist.readCount(), playlist.expectedTotal(),
                collector.jsonCount(), collector.domCount(), capture.summary(),
                (System.nanoTime() - startedNanos) / 1_000_000, steps, stepNanos / 1_000_000,
                timedOut ? ", out of time" : "");
        return playlist;
    }

    private void checkDocument() {
        if (navigationFailure != null) {
            throw new OfflineException(PROVIDER, new IOException("Opening " + url + " failed: " + navigationFailure));
        }
        if (documentStatus == null) {
            return;
        }
        ProviderException failure = DocumentStatus.failure(playlistId, documentStatus, retryAfter);
        if (failure != null) {
            throw failure;
        }
    }

    private boolean stalled(long now) {
        long limit = collector.hasAnything() ? stallNanos : stallNanos * EMPTY_PAGE_STALL_FACTOR;
        long quiet = now - lastProgressNanos;
        // A response still on its way may bring items, so wait for it, but not without end.
        return quiet > limit && (capture.inFlight() == 0 || quiet > limit * 2);
    }

    private void acceptConsent(Page page, DomSnapshot snapshot) {
        if (snapshot.consentSelector() == null || consentClicks >= MAX_CONSENT_CLICKS) {
            return;
        }
        consentClicks++;
        try {
            page.locator(snapshot.consentSelector()).first()
                    .click(new Locator.ClickOptions().setTimeout(CONSENT_CLICK_TIMEOUT_MS));
            LOG.debug("Accepted the cookie banner on {} ({})", url, snapshot.consentSelector());
        } catch (PlaywrightException e) {
            LOG.debug("Clicking the cookie banner on {} failed: {}", url, e.getMessage());
        }
    }

    private void scroll(Page page, DomSnapshot snapshot, boolean moved, long now) {
        if (snapshot.placeholders() > 0) {
            if (placeholdersSinceNanos == 0) {
                placeholdersSinceNanos = now;
            }
            if (now - placeholdersSinceNanos < PLACEHOLDER_WAIT_NANOS) {
                return;
            }
        }
        placeholdersSinceNanos = 0;
        if (snapshot.atBottom()) {
            wheeled = false;
            return;
        }
        stuckWheels = wheeled && !moved ? stuckWheels + 1 : 0;
        if (stuckWheels >= 2) {
            // The wheel did not reach the list (an overlay, a changed layout): scroll its container directly.
            DomReader.scrollBy(page, WHEEL_PIXELS);
        } else {
            page.mouse().move(snapshot.wheelX(), snapshot.wheelY());
            page.mouse().wheel(0, WHEEL_PIXELS);
        }
        wheeled = true;
    }

    private static boolean isNavigationRace(PlaywrightException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Execution context was destroyed") || message.contains("Cannot find context");
    }

    private static boolean isMainDocument(Request request) {
        return request.isNavigationRequest() && request.frame().parentFrame() == null;
    }
}
