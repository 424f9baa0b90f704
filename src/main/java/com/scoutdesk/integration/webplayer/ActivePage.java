package com.scoutdesk.integration.webplayer;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;

/** A job at work on its own page, in its own browser context so that no cookies or listeners leak between jobs. */
final class ActivePage<T> {

    private final Submission<T> submission;
    private final PageJob<T> job;
    private final BrowserContext context;
    private final Page page;
    private final long deadlineNanos;

    ActivePage(Submission<T> submission, PageJob<T> job, BrowserContext context, Page page, long deadlineNanos) {
        this.submission = submission;
        this.job = job;
        this.context = context;
        this.page = page;
        this.deadlineNanos = deadlineNanos;
    }

    Submission<T> submission() {
        return submission;
    }

    Page page() {
        return page;
    }

    /** One step, or the outcome when the job is done or out of time; returns whether the job is finished. */
    boolean advance() {
        boolean timedOut = System.nanoTime() - deadlineNanos > 0;
        if (timedOut || job.step(page)) {
            submission.future().complete(job.finish(page, timedOut));
            return true;
        }
        return false;
    }

    /** Closes the context and with it the page; a dead browser makes this fail, which changes nothing. */
    void dispose() {
        try {
            context.close();
        } catch (PlaywrightException e) {
            // The browser is gone or the context already closed: nothing left to free.
        }
    }
}
