package com.scoutdesk.integration.webplayer;

import com.scoutdesk.concurrent.NamedThreads;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Playwright driver and one Chromium, owned by a dedicated thread ({@code webplayer-browser}) that runs
 * {@link PageJob}s on a bounded set of pages: at most {@link WebPlayerConfig#pagePoolSize()} pages are open at once,
 * each for at most {@link WebPlayerConfig#pageTimeout()}. Playwright objects are not thread-safe, so callers never
 * see them; they hand over jobs and wait for results with a bound. Chromium starts with the first job and is
 * started again when it crashed or was killed; a job caught in that is retried once. {@link #close()} closes the
 * pages, the browser and the driver, leaving no processes behind.
 *
 * <p>Safe to use from any number of threads.
 */
public final class WebPlayerBrowser implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebPlayerBrowser.class);
    /** Starting the driver and Chromium takes 1-3 s; this is the margin a first job gets on top of its page time. */
    private static final Duration LAUNCH_ALLOWANCE = Duration.ofSeconds(60);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final WebPlayerConfig config;
    private final BlockingDeque<Submission<?>> queue = new LinkedBlockingDeque<>();
    private final BrowserLoop loop;
    private final Thread thread;
    private volatile boolean closed;

    public WebPlayerBrowser(WebPlayerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.loop = new BrowserLoop(config, queue);
        this.thread = NamedThreads.daemon("webplayer-browser", loop);
        thread.start();
    }

    public WebPlayerConfig config() {
        return config;
    }

    /**
     * Queues a job; it starts when a page is free. The supplier is called on the browser thread, once per attempt.
     * Cancelling the future closes the job's page at the next step.
     */
    public <T> CompletableFuture<T> submit(Supplier<? extends PageJob<T>> jobs) {
        Objects.requireNonNull(jobs, "jobs");
        Submission<T> submission = new Submission<>(jobs);
        if (closed || !thread.isAlive()) {
            submission.fail(new IllegalStateException("The web player capture was closed"));
            return submission.future();
        }
        queue.offer(submission);
        if (closed && queue.remove(submission)) {
            // close() raced with us and may already have drained the queue.
            submission.fail(new IllegalStateException("The web player capture was closed"));
        }
        return submission.future();
    }

    /**
     * Runs a job and waits for its outcome, but never forever: the wait is bounded by the time the jobs ahead of it
     * may take plus its own. Exceptions of the job (such as a {@code ProviderException}) are rethrown as they are.
     *
     * @throws OfflineException      when the browser did not answer within the bound
     * @throws CancellationException when the calling thread was interrupted
     */
    public <T> T run(Supplier<? extends PageJob<T>> jobs) {
        long ahead = queue.size() + loop.busyPages();
        CompletableFuture<T> future = submit(jobs);
        Duration bound = LAUNCH_ALLOWANCE.plus(config.pageTimeout().multipliedBy(2 + ahead / config.pagePoolSize()));
        try {
            return future.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("The web player did not finish a page within {} s", bound.toSeconds());
            throw new OfflineException(Provider.SPOTIFY_WEB_PLAYER, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for the web player");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** How many times Chromium was launched so far; more than one means it was restarted after dying. */
    public int launches() {
        return loop.launches();
    }

    /** Fails waiting and running jobs, closes the pages, Chromium and the driver, and waits for the thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        loop.stop();
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("The web player browser thread did not stop within {} s", CLOSE_WAIT.toSeconds());
        }
        for (Submission<?> waiting = queue.poll(); waiting != null; waiting = queue.poll()) {
            waiting.fail(new IllegalStateException("The web player capture was closed"));
        }
    }
}
