package com.scoutdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.task.BackgroundTask;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pool and the cancellation rules, with callbacks delivered to a queue the test drains (no FX thread). */
class FxTaskExecutorTest {

    private final LinkedBlockingQueue<Runnable> callbacks = new LinkedBlockingQueue<>();
    private final FxTaskExecutor executor = new FxTaskExecutor(2, callbacks::add);

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private void deliverNext() throws InterruptedException {
        Runnable callback = callbacks.poll(5, TimeUnit.SECONDS);
        assertThat(callback).as("a callback was queued").isNotNull();
        callback.run();
    }

    @Test
    void runsWorkOnANamedDaemonThreadAndDeliversTheResult() throws Exception {
        AtomicReference<String> result = new AtomicReference<>();
        executor.submit("name", () -> Thread.currentThread().getName() + "/" + Thread.currentThread().isDaemon(),
                result::set, error -> result.set("error"));

        deliverNext();

        assertThat(result.get()).matches("scoutdesk-bg-[12]/true");
    }

    @Test
    void deliversFailuresToOnError() throws Exception {
        AtomicReference<Throwable> error = new AtomicReference<>();
        executor.submit("fails", () -> {
            throw new IllegalStateException("workspace is locked");
        }, value -> { }, error::set);

        deliverNext();

        assertThat(error.get()).isInstanceOf(IllegalStateException.class).hasMessage("workspace is locked");
    }

    @Test
    void aTaskCancelledBeforeDeliveryDeliversNothing() throws Exception {
        AtomicReference<String> result = new AtomicReference<>("nothing");
        BackgroundTask task = executor.submit("late", () -> "value", result::set, e -> result.set("error"));
        Runnable queued = callbacks.poll(5, TimeUnit.SECONDS);

        task.cancel();
        queued.run();

        assertThat(result.get()).isEqualTo("nothing");
        assertThat(task.isDone()).isTrue();
    }

    @Test
    void shutdownInterruptsRunningWorkAndSuppressesItsCallbacks() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> result = new AtomicReference<>("nothing");
        executor.submit("blocks", () -> {
            started.countDown();
            Thread.sleep(60_000);
            return "finished";
        }, result::set, e -> result.set("error"));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        executor.shutdown();
        callbacks.forEach(Runnable::run);

        assertThat(result.get()).isEqualTo("nothing");
        BackgroundTask after = executor.submit("after", () -> "x", result::set, e -> { });
        assertThat(after.isDone()).isTrue();
    }
}
