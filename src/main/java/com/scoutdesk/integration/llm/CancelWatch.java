package com.scoutdesk.integration.llm;

import com.scoutdesk.concurrent.NamedThreads;
import java.util.function.BooleanSupplier;

/**
 * Watches a cancel check while one thread waits on the network, and breaks the wait when the check turns true: an
 * interrupt wakes a thread waiting for the answer's headers (or sleeping through a back-off), and closing the answer
 * wakes one blocked on its next line, which no flag and no interrupt reaches. So a cancelled brief stops within a
 * poll, not at the model's next token. The interrupt is only ever sent before {@link #stop()} returns, and
 * {@link #stop()} clears it again, so it cannot leak into whatever the thread does next.
 */
final class CancelWatch {

    private static final long POLL_MILLIS = 25;

    private final Thread reader;
    private final BooleanSupplier cancelled;
    private boolean stopped;
    private boolean fired;
    private AutoCloseable body;

    private CancelWatch(Thread reader, BooleanSupplier cancelled) {
        this.reader = reader;
        this.cancelled = cancelled;
    }

    /** Starts watching on its own daemon thread, for the calling thread. */
    static CancelWatch start(BooleanSupplier cancelled) {
        CancelWatch watch = new CancelWatch(Thread.currentThread(), cancelled);
        NamedThreads.daemon("llm-cancel-watch", watch::run).start();
        return watch;
    }

    private void run() {
        while (!isStopped()) {
            if (cancelled.getAsBoolean()) {
                fire();
                return;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    private synchronized void fire() {
        if (!stopped) {
            fired = true;
            reader.interrupt();
            closeBody();
        }
    }

    /** The answer being read: closed on cancel, since a read blocked on it does not see the interrupt. */
    synchronized void reading(AutoCloseable answer) {
        this.body = answer;
        if (fired) {
            closeBody();
        }
    }

    private void closeBody() {
        if (body != null) {
            try {
                body.close();
            } catch (Exception e) {
                // closing is how the read is stopped; whatever it says about itself does not matter
            }
        }
    }

    /** Stops watching; call on the watched thread. Clears the interrupt this watch sent, if it sent one. */
    synchronized void stop() {
        stopped = true;
        if (fired) {
            Thread.interrupted();
        }
    }
}
