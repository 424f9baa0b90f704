package com.scoutdesk.app.uibench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/** Starting the toolkit and doing work on the FX thread from the benchmark's own thread, waiting for its answer. */
final class Fx {

    private static final long STARTUP_SECONDS = 30;

    private Fx() {
    }

    /**
     * Starts the JavaFX toolkit unless it runs already (a test's), and keeps it alive when the benchmark's window
     * closes: a toolkit that has exited cannot start again in this process.
     *
     * @throws IllegalStateException with a message for the user when there is no display
     */
    static void startToolkit() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("bench ui could not open a window: " + rootMessage(e) + ". It needs a "
                    + "display: on a machine without one start a virtual one (Xvfb :99 -screen 0 1400x900x24 &) and "
                    + "run with DISPLAY=:99 and java -Dprism.order=sw.", e);
        }
        Platform.setImplicitExit(false);
        if (!ready.await(STARTUP_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within " + STARTUP_SECONDS + " s");
        }
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T call(Callable<T> work) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the benchmark must not wait on the FX thread");
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return await(result, 60, "the FX thread did not answer");
    }

    static void run(Runnable work) throws InterruptedException {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits for an event the FX thread reports; never a fixed sleep. */
    static <T> T await(CompletableFuture<T> event, long seconds, String timeoutMessage) throws InterruptedException {
        try {
            return event.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(timeoutMessage + " within " + seconds + " s", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
