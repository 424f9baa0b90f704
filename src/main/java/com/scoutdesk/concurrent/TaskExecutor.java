package com.scoutdesk.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam for background work. The desktop implementation runs {@code work} on a named daemon pool and
 * delivers the callbacks on the FX thread; tests use {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor {

    <T> BackgroundTask submit(String name, Callable<T> work, Consumer<? super T> onSuccess,
                              Consumer<? super Throwable> onError);

    /**
     * Stops accepting work, drops what has not started and waits briefly for running work to finish; running work is
     * not interrupted (H2's store is not interrupt-safe).
     */
    void shutdown();
}
