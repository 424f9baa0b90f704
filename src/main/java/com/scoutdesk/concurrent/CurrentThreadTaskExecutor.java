package com.scoutdesk.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its callbacks at once on the calling thread: for tests and for the command line. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> BackgroundTask submit(String name, Callable<T> work, Consumer<? super T> onSuccess,
                                     Consumer<? super Throwable> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onError.accept(e);
            return BackgroundTask.DONE;
        }
        onSuccess.accept(result);
        return BackgroundTask.DONE;
    }

    @Override
    public void shutdown() {
    }
}
