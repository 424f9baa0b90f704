package com.scoutdesk.integration.webplayer;

import java.util.Objects;

/**
 * One {@link WebPlayerBrowser} per workspace, made on first use, so that playlist tracking and track enrichment
 * share one Chromium and one page pool, and the app starts no browser until one of them needs it. Thread-safe.
 */
public final class LazyWebPlayerBrowser implements AutoCloseable {

    private final WebPlayerConfig config;
    private WebPlayerBrowser browser;
    private boolean closed;

    public LazyWebPlayerBrowser(WebPlayerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public WebPlayerConfig config() {
        return config;
    }

    /** The browser, started now if this is the first use. */
    public synchronized WebPlayerBrowser get() {
        if (closed) {
            throw new IllegalStateException("The web player capture was closed");
        }
        if (browser == null) {
            browser = new WebPlayerBrowser(config);
        }
        return browser;
    }

    /** Whether anything has used the browser yet. */
    public synchronized boolean isStarted() {
        return browser != null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
