package com.scoutdesk.integration.webplayer;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** A job waiting for, or holding, a page; a job is made afresh from its supplier when it is retried. */
final class Submission<T> {

    private final Supplier<? extends PageJob<T>> jobs;
    private final CompletableFuture<T> future = new CompletableFuture<>();
    private int failures;

    Submission(Supplier<? extends PageJob<T>> jobs) {
        this.jobs = jobs;
    }

    PageJob<T> newAttempt() {
        return jobs.get();
    }

    /** Counts a failure of the browser under this job; returns how many there were. */
    int countFailure() {
        return ++failures;
    }

    CompletableFuture<T> future() {
        return future;
    }

    /** Whether the caller is no longer waiting (cancelled, timed out) or the outcome is already set. */
    boolean isDone() {
        return future.isDone();
    }

    void fail(Throwable error) {
        future.completeExceptionally(error);
    }
}
