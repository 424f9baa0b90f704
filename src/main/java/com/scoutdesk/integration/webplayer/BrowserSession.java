package com.scoutdesk.integration.webplayer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Playwright driver and one Chromium, launched lazily and relaunched when Chromium died. Not thread-safe on
 * purpose: only the browser thread of {@link WebPlayerBrowser} touches it, because Playwright objects must stay on
 * the thread that created them.
 */
final class BrowserSession implements AutoCloseable {

    /**
     * Keep Chromium's own traffic (updates, sync, safe-browsing lists, QUIC probes) off the network: the only
     * requests should be the ones the web player page makes, which also keeps tests on 127.0.0.1 closed.
     */
    static final List<String> CHROMIUM_ARGS = List.of("--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

    private static final Logger LOG = LoggerFactory.getLogger(BrowserSession.class);
    private static final double LAUNCH_TIMEOUT_MS = 60_000;

    private final WebPlayerConfig config;
    private Playwright playwright;
    private Browser browser;
    private boolean disconnected;
    private int launches;

    BrowserSession(WebPlayerConfig config) {
        this.config = config;
    }

    /** The running browser, launching (or relaunching after a crash) first when needed. */
    Browser browser() {
        if (browser != null && !disconnected && browser.isConnected()) {
            return browser;
        }
        if (browser != null) {
            LOG.warn("Chromium of the web player capture is gone; starting a new one");
            closeBrowserQuietly();
        }
        try {
            launch();
        } catch (PlaywrightException first) {
            // The driver itself may have died with the browser: start over with a fresh Playwright.
            LOG.info("Launching Chromium failed ({}); restarting the Playwright driver", first.getMessage());
            closeQuietly();
            launch();
        }
        return browser;
    }

    /**
     * Whether the browser still answers. Used after a Playwright error to tell "this page failed" from "Chromium is
     * gone"; {@link Browser#isConnected()} alone lags, because the disconnect event may not have been read yet.
     */
    boolean isAlive() {
        if (browser == null || disconnected || !browser.isConnected()) {
            return false;
        }
        try {
            BrowserContext probe = browser.newContext();
            probe.close();
            return true;
        } catch (PlaywrightException e) {
            disconnected = true;
            return false;
        }
    }

    /** How many times a Chromium was launched; more than one means it was restarted. */
    int launches() {
        return launches;
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void launch() {
        if (playwright == null) {
            Playwright.CreateOptions options = new Playwright.CreateOptions();
            if (config.chromiumExecutable() != null) {
                // Playwright would otherwise try to download its own browser at create() and fail offline.
                options.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
            }
            playwright = Playwright.create(options);
        }
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions()
                .setHeadless(config.headless())
                .setArgs(CHROMIUM_ARGS)
                .setTimeout(LAUNCH_TIMEOUT_MS);
        if (config.chromiumExecutable() != null) {
            launch.setExecutablePath(config.chromiumExecutable());
        }
        long started = System.nanoTime();
        browser = playwright.chromium().launch(launch);
        disconnected = false;
        browser.onDisconnected(b -> disconnected = true);
        launches++;
        LOG.info("Chromium {} started for the web player capture in {} ms", browser.version(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void closeBrowserQuietly() {
        if (browser != null) {
            try {
                browser.close();
            } catch (PlaywrightException e) {
                LOG.debug("Closing a dead browser failed, as expected: {}", e.getMessage());
            }
            browser = null;
        }
    }

    private void closeQuietly() {
        closeBrowserQuietly();
        if (playwright != null) {
            try {
                playwright.close();
            } catch (PlaywrightException e) {
                LOG.warn("Closing the Playwright driver failed: {}", e.getMessage());
            }
            playwright = null;
        }
    }
}
