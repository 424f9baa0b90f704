package com.scoutdesk.ui.fakes;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds submitted tasks until the test runs them, in any order. Cancelling only records the fact and the callbacks
 * still run, like a result already on its way: that is what the view models' sequence numbers must cope with.
 */
public final class ManualTaskExecutor implements TaskExecutor {

    /** A held task. */
    public final class Pending implements BackgroundTask {
        public final String name;
        private final Runnable body;
        private boolean done;
        public boolean cancelled;

        Pending(String name, Runnable body) {
            this.name = name;
            this.body = body;
        }

        public void run() {
            pending.remove(this);
            done = true;
            body.run();
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }

    private final List<Pending> pending = new ArrayList<>();

    @Override
    public <T> BackgroundTask submit(String name, Callable<T> work, Consumer<? super T> onSuccess,
                                     Consumer<? super Throwable> onError) {
        Pending task = new Pending(name, () -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onError.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
        pending.add(task);
        return task;
    }

    public List<Pending> pending() {
        return List.copyOf(pending);
    }

    /** Runs held tasks, including ones they submit, until none is left. */
    public void runAll() {
        while (!pending.isEmpty()) {
            pending.get(0).run();
        }
    }

    @Override
    public void shutdown() {
        pending.clear();
    }
}
