package com.scoutdesk.concurrent;

/** A handle on submitted work, so a view can cancel what it no longer needs. */
public interface BackgroundTask {

    void cancel();

    boolean isDone();

    BackgroundTask DONE = new BackgroundTask() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
