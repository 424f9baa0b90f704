package com.scoutdesk.ui.export;

import com.scoutdesk.service.ExportListener;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Carries an export's progress from the exporting thread to the window's thread: the latest numbers only, and at
 * most one hand-over waiting at a time, so a fast export cannot flood the FX thread. Also carries "stop" the other
 * way.
 */
final class ExportProgressRelay implements ExportListener {

    private final Executor uiThread;
    private final BiConsumer<Long, Long> show;
    private final AtomicBoolean posted = new AtomicBoolean();
    private final AtomicBoolean stop = new AtomicBoolean();
    private volatile long written;
    private volatile long total = -1;

    /**
     * @param show told (written, total) on {@code uiThread}
     */
    ExportProgressRelay(Executor uiThread, BiConsumer<Long, Long> show) {
        this.uiThread = uiThread;
        this.show = show;
    }

    @Override
    public void progress(long rowsWritten, long rowsTotal) {
        total = rowsTotal;
        written = rowsWritten;
        if (posted.compareAndSet(false, true)) {
            uiThread.execute(() -> {
                posted.set(false);
                show.accept(written, total);
            });
        }
    }

    @Override
    public boolean cancelled() {
        return stop.get();
    }

    void stop() {
        stop.set(true);
    }
}
