package com.scoutdesk.integration.webplayer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of the browser thread: admits queued jobs up to the page pool size, steps every open page in turn and
 * lets Playwright deliver the pages' network events in between. It is the only code that touches Playwright.
 */
final class BrowserLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserLoop.class);
    /** How long Playwright may read events between two rounds of steps; short so that steps stay responsive. */
    private static final double PUMP_MS = 40;
    private static final long IDLE_POLL_MS = 250;
    /** A job whose page or browser died is tried once more on a fresh page (and browser). */
    private static final int MAX_ATTEMPTS = 2;
    private static final int VIEWPORT_WIDTH = 1280;
    private static final int VIEWPORT_HEIGHT = 900;
    private static final double ACTION_TIMEOUT_MS = 5_000;

    private final WebPlayerConfig config;
    private final BlockingDeque<Submission<?>> queue;
    private final BrowserSession session;
    private final List<ActivePage<?>> active = new ArrayList<>();
    private volatile boolean stopping;
    private volatile int busyPages;
    private volatile int launches;

    BrowserLoop(WebPlayerConfig config, BlockingDeque<Submission<?>> queue) {
        this.config = config;
        this.queue = queue;
        this.session = new BrowserSession(config);
    }

    @Override
    public void run() {
        try {
            while (!stopping) {
                if (active.isEmpty()) {
                    Submission<?> next = queue.poll(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
                    if (next != null) {
                        admit(next);
                    }
                    continue;
                }
                admitWaiting();
                stepAll();
                pump();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.error("The web player browser thread failed", e);
        } finally {
            shutdown();
        }
    }

    void stop() {
        stopping = true;
    }

    int busyPages() {
        return busyPages;
    }

    int launches() {
        return launches;
    }

    private void admitWaiting() {
        while (active.size() < config.pagePoolSize()) {
            Submission<?> next = queue.poll();
            if (next == null) {
                return;
            }
            admit(next);
        }
    }

    private <T> void admit(Submission<T> submission) {
        for (int tries = 1; !submission.isDone(); tries++) {
            Browser browser = launchedBrowser(submission);
            if (browser == null) {
                return;
            }
            BrowserContext context = null;
            try {
                context = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(VIEWPORT_WIDTH, VIEWPORT_HEIGHT)
                        .setLocale("en-US")
                        // Requests a service worker answers are invisible to page listeners; the capture needs all.
                        .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
                Page page = context.newPage();
                page.setDefaultTimeout(ACTION_TIMEOUT_MS);
                PageJob<T> job = submission.newAttempt();
                long deadline = System.nanoTime() + config.pageTimeout().toNanos();
                active.add(new ActivePage<>(submission, job, context, page, deadline));
                busyPages = active.size();
                job.start(page);
                return;
            } catch (PlaywrightException e) {
                forget(submission, context);
                if (tries == 1 && !session.isAlive()) {
                    // Chromium died while nothing ran (nobody noticed): start a new one and try again at once.
                    continue;
                }
                retryOrFail(submission, e);
                return;
            } catch (RuntimeException e) {
                forget(submission, context);
                submission.fail(e);
                return;
            }
        }
    }

    private Browser launchedBrowser(Submission<?> submission) {
        try {
            Browser browser = session.browser();
            launches = session.launches();
            return browser;
        } catch (PlaywrightException e) {
            LOG.error("Chromium could not be started for the web player capture", e);
            submission.fail(new IllegalStateException("Chromium could not be started for the web player capture ("
                    + (config.chromiumExecutable() == null ? "Playwright's browser" : config.chromiumExecutable())
                    + "): " + e.getMessage(), e));
            return null;
        }
    }

    private void forget(Submission<?> submission, BrowserContext context) {
        active.removeIf(a -> a.submission() == submission);
        busyPages = active.size();
        closeQuietly(context);
    }

    private void stepAll() {
        PlaywrightException trouble = null;
        for (Iterator<ActivePage<?>> it = active.iterator(); it.hasNext(); ) {
            ActivePage<?> slot = it.next();
            boolean finished;
            try {
                finished = slot.submission().isDone() || slot.advance();
            } catch (PlaywrightException e) {
                LOG.debug("A web player page failed: {}", e.getMessage());
                trouble = e;
                if (session.isAlive()) {
                    // Only this page broke (crashed renderer, closed target): retry it alone.
                    retryOrFail(slot.submission(), e);
                    finished = true;
                } else {
                    break;
                }
            } catch (RuntimeException e) {
                slot.submission().fail(e);
                finished = true;
            }
            if (finished) {
                slot.dispose();
                it.remove();
            }
        }
        if (trouble != null && !session.isAlive()) {
            LOG.warn("Chromium died with {} page(s) open; they will be retried on a new browser", active.size());
            for (ActivePage<?> slot : active) {
                slot.dispose();
                retryOrFail(slot.submission(), trouble);
            }
            active.clear();
        }
        busyPages = active.size();
    }

    /** Lets Playwright read the events of all pages: any wait on one page processes the whole connection. */
    private void pump() {
        if (active.isEmpty()) {
            return;
        }
        Page page = active.get(0).page();
        try {
            page.waitForTimeout(PUMP_MS);
        } catch (PlaywrightException e) {
            LOG.debug("Waiting on a web player page failed: {}", e.getMessage());
        }
    }

    private void retryOrFail(Submission<?> submission, PlaywrightException cause) {
        if (submission.isDone()) {
            return;
        }
        if (!stopping && submission.countFailure() < MAX_ATTEMPTS) {
            LOG.info("Retrying a web player page after a browser failure: {}", cause.getMessage());
            queue.offerFirst(submission);
        } else {
            submission.fail(new OfflineException(Provider.SPOTIFY_WEB_PLAYER, cause));
        }
    }

    private void shutdown() {
        IllegalStateException closed = new IllegalStateException("The web player capture was closed");
        for (ActivePage<?> slot : active) {
            slot.submission().fail(closed);
            slot.dispose();
        }
        active.clear();
        busyPages = 0;
        for (Submission<?> waiting = queue.poll(); waiting != null; waiting = queue.poll()) {
            waiting.fail(closed);
        }
        session.close();
        LOG.debug("The web player browser thread stopped");
    }

    private static void closeQuietly(BrowserContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (PlaywrightException e) {
                // Already gone with its browser.
            }
        }
    }
}
