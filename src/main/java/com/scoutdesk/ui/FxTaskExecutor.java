package com.scoutdesk.ui;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.NamedThreads;
import com.scoutdesk.concurrent.TaskExecutor;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop {@link TaskExecutor}: work runs on a small named daemon pool ({@code scoutdesk-bg-N}) and the callbacks
 * are delivered on the FX thread. A cancelled task's callbacks are never delivered, even when its result was
 * already on its way, because the check happens on the FX thread right before the callback runs.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private static final int DEFAULT_THREADS = 2;

    private final ExecutorService pool;
    private final Executor callbackThread;
    private final Set<Handle> pending = ConcurrentHashMap.newKeySet();

    /** Two background threads, callbacks through {@link Platform#runLater}. */
    public FxTaskExecutor() {
        this(DEFAULT_THREADS, Platform::runLater);
    }

    /** For tests: any number of threads and any thread to deliver callbacks on. */
    FxTaskExecutor(int threads, Executor callbackThread) {
        this.pool = Executors.newFixedThreadPool(threads, NamedThreads.daemon("scoutdesk-bg"));
        this.callbackThread = callbackThread;
    }

    @Override
    public <T> BackgroundTask submit(String name, Callable<T> work, Consumer<? super T> onSuccess,
                                     Consumer<? super Throwable> onError) {
        Handle handle = new Handle(name);
        pending.add(handle);
        try {
            handle.attach(pool.submit(() -> run(handle, work, onSuccess, onError)));
        } catch (RejectedExecutionException e) {
            pending.remove(handle);
            LOG.warn("Background task '{}' was not started: the executor is shut down", name);
            return BackgroundTask.DONE;
        }
        return handle;
    }

    private <T> void run(Handle handle, Callable<T> work, Consumer<? super T> onSuccess,
                         Consumer<? super Throwable> onError) {
        try {
            if (handle.cancelled) {
                return;
            }
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                if (handle.cancelled) {
                    LOG.debug("Cancelled background task '{}' ended with {}", handle.name, e.toString());
                } else {
                    LOG.warn("Background task '{}' failed", handle.name, e);
                }
                deliver(handle, () -> onError.accept(e));
                return;
            }
            deliver(handle, () -> onSuccess.accept(result));
        } finally {
            pending.remove(handle);
        }
    }

    private void deliver(Handle handle, Runnable callback) {
        callbackThread.execute(() -> {
            if (handle.cancelled) {
                return;
            }
            try {
                callback.run();
            } catch (RuntimeException | Error e) {
                LOG.error("Callback of background task '{}' failed", handle.name, e);
            }
        });
    }

    /**
     * Cancels everything still pending, then stops the pool and waits up to two seconds for it. Running work is
     * never interrupted: an interrupt during file I/O closes H2's file channel and can corrupt the workspace (H2's
     * MVStore is not interrupt-safe). The threads are daemons, so unfinished work does not keep the JVM alive.
     */
    @Override
    public void shutdown() {
        pending.forEach(Handle::cancel);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("Background threads did not stop within 2 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Handle implements BackgroundTask {
        private final String name;
        private volatile boolean cancelled;
        private volatile Future<?> future;

        Handle(String name) {
            this.name = name;
        }

        void attach(Future<?> submitted) {
            future = submitted;
            if (cancelled) {
                submitted.cancel(false);
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            Future<?> f = future;
            if (f != null) {
                f.cancel(false); // never interrupt: see shutdown()
            }
        }

        @Override
        public boolean isDone() {
            Future<?> f = future;
            return cancelled || (f != null && f.isDone());
        }
    }
}
