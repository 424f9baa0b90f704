package com.scoutdesk.integration.webplayer;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.UnavailableException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One visit of a web player page, as the playlist and track page jobs share it: starts the navigation without
 * blocking the browser thread, keeps what the page's own document answered (its HTTP status and Retry-After) or why
 * it could not be reached, turns that into the fetch's failure, and clicks the cookie banner away. Called on the
 * browser thread only, as Playwright's events are.
 */
final class PageVisit {

    private static final Logger LOG = LoggerFactory.getLogger(PageVisit.class);
    private static final Provider PROVIDER = Provider.SPOTIFY_WEB_PLAYER;
    private static final String BLANK_PAGE = "about:blank";
    private static final int MAX_CONSENT_CLICKS = 3;

    private final String kind;
    private final String id;
    private final String url;
    private Integer documentStatus;
    private String retryAfter;
    private String navigationFailure;
    private int consentClicks;

    /** @param kind what the page shows, "playlist" or "track", for messages */
    PageVisit(String kind, String id, String url) {
        this.kind = kind;
        this.id = id;
        this.url = url;
    }

    /** Listens for the document's answer, then starts the navigation from the blank page. */
    void open(Page page) {
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
        // page.navigate() would block the browser thread (and every other page) until the server answers, so the
        // navigation is started from the blank page and its outcome is read from the events above.
        page.evaluate("url => { window.location.href = url; }", url);
    }

    /** Whether the document answered (with a status that lets it be read, or {@link #check()} would throw). */
    boolean answered() {
        return documentStatus != null;
    }

    /**
     * Whether the page shows the document: its answer's headers come before the page is replaced, and until then
     * the DOM is still the blank page.
     */
    boolean arrived(Page page) {
        return answered() && !BLANK_PAGE.equals(page.url());
    }

    /** Throws what the document's answer means when it cannot be read: offline, not found, refused, rate-limited. */
    void check() {
        if (navigationFailure != null) {
            throw new OfflineException(PROVIDER, new IOException("Opening " + url + " failed: " + navigationFailure));
        }
        if (documentStatus != null) {
            ProviderException failure = DocumentStatus.failure(kind, id, documentStatus, retryAfter);
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** The page says, in its data or its text, that what it should show does not exist. */
    UnavailableException notFound() {
        return DocumentStatus.notFound(kind, id, 0);
    }

    /**
     * Clicks the cookie banner's button, a few times at most; returns whether it clicked (the page then needs a
     * moment before it is read again).
     */
    boolean acceptConsent(Page page, String selector, double timeoutMs) {
        if (selector == null || consentClicks >= MAX_CONSENT_CLICKS) {
            return false;
        }
        consentClicks++;
        LOG.debug("Accepting the cookie banner on {} ({})", url, selector);
        click(page, selector, timeoutMs);
        return true;
    }

    /** Clicks the first match; a click that misses (the element moved or went) is tried again by the next step. */
    void click(Page page, String selector, double timeoutMs) {
        try {
            page.locator(selector).first().click(new Locator.ClickOptions().setTimeout(timeoutMs));
        } catch (PlaywrightException e) {
            LOG.debug("Clicking {} on {} failed: {}", selector, url, e.getMessage());
        }
    }

    /** The page replaced its document while we read it (it commits, redirects, reloads): read again next step. */
    static boolean isNavigationRace(PlaywrightException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Execution context was destroyed") || message.contains("Cannot find context");
    }

    private static boolean isMainDocument(Request request) {
        return request.isNavigationRequest() && request.frame().parentFrame() == null;
    }
}
