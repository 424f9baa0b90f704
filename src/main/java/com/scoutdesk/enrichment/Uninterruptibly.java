package com.scoutdesk.enrichment;

import java.util.function.BooleanSupplier;

/**
 * Waits that an interrupt does not cut short. The pipeline's threads are never interrupted on purpose (an interrupt
 * during a database write can close H2's file), so a stray interrupt must not make a pass report before its lanes
 * and writers are done.
 */
final class Uninterruptibly {

    /** A wait that an interrupt may cut short. */
    interface Wait {
        void await() throws InterruptedException;
    }

    private Uninterruptibly() {
    }

    static void join(Thread thread) {
        await(() -> !thread.isAlive(), thread::join);
    }

    /** Waits until {@code done}, waiting again after an interrupt, whose flag is set again once done. */
    static void await(BooleanSupplier done, Wait wait) {
        boolean interrupted = false;
        while (!done.getAsBoolean()) {
            try {
                wait.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
