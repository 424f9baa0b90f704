package com.scoutdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.BackgroundTask;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /**
     * Shutdown cancels but never interrupts (an interrupt inside H2's file I/O can close its channel mid-write, see
     * {@link FxTaskExecutor#shutdown()}): running work finishes, shutdown waits for it, and its result is dropped.
     */
    @Test
    void shutdownLetsRunningWorkFinishUninterruptedWaitsForItAndDropsItsResult() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        AtomicReference<String> result = new AtomicReference<>("nothing");
        executor.submit("writes", () -> {
            started.countDown();
            try {
                Thread.sleep(500); // stands for a database write in progress
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            finished.set(true);
            return "finished";
        }, result::set, e -> result.set("error"));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        executor.shutdown();

        assertThat(interrupted).as("the running work was interrupted").isFalse();
        assertThat(finished).as("shutdown returned after the running work ended").isTrue();
        assertThat(callbacks).as("the finished work handed on its result").hasSize(1);
        callbacks.forEach(Runnable::run);
        assertThat(result.get()).as("the result of work cancelled by shutdown").isEqualTo("nothing");
        BackgroundTask after = executor.submit("after", () -> "x", result::set, e -> { });
        assertThat(after.isDone()).as("work submitted after shutdown is refused").isTrue();
    }

    @Test
    void shutdownDropsWorkThatHasNotStartedYet() throws Exception {
        CountDownLatch bothBusy = new CountDownLatch(2);
        for (String name : new String[] {"first", "second"}) {
            executor.submit(name, () -> {
                bothBusy.countDown();
                Thread.sleep(300);
                return name;
            }, value -> { }, e -> { });
        }
        assertThat(bothBusy.await(5, TimeUnit.SECONDS)).as("both threads busy").isTrue();
        AtomicBoolean queuedRan = new AtomicBoolean();
        BackgroundTask queued = executor.submit("queued", () -> {
            queuedRan.set(true);
            return "queued";
        }, value -> { }, e -> { });

        executor.shutdown();

        assertThat(queuedRan).as("work still queued at shutdown ran").isFalse();
        assertThat(queued.isDone()).isTrue();
    }
}
