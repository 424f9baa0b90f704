package com.scoutdesk.ui.common;

/** Runs an action once input has been quiet for a while; each new call replaces the waiting action. */
public interface Debouncer {

    void run(Runnable action);

    /** Drops the waiting action, if any. */
    void cancel();

    /** Runs every action at once: for view model tests. */
    static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void run(Runnable action) {
                action.run();
            }

            @Override
            public void cancel() {
            }
        };
    }
}
