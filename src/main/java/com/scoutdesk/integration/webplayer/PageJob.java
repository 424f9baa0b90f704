package com.scoutdesk.integration.webplayer;

import com.microsoft.playwright.Page;

/**
 * Work on one web player page, written as small steps so that one browser thread can drive several pages at once:
 * {@link WebPlayerBrowser} calls {@link #start} once, then {@link #step} round-robin with the other open pages while
 * the page loads and scrolls in the background, then {@link #finish}. All three run on the browser thread, never
 * on the caller's; none of them may block for long, because every other page waits meanwhile.
 *
 * @param <T> what the work produces
 */
public interface PageJob<T> {

    /** Begins on a fresh, empty page in its own browser context: register listeners, start navigating. */
    void start(Page page);

    /** Advances a little (read what arrived, scroll once); returns true when there is nothing left to do. */
    boolean step(Page page);

    /**
     * The outcome, after {@link #step} returned true or the page's time ran out ({@code timedOut}). May throw a
     * {@link com.scoutdesk.integration.common.ProviderException}, which reaches the caller as it is.
     */
    T finish(Page page, boolean timedOut);
}
