package com.scoutdesk.service;

import org.slf4j.LoggerFactory;

/** A listener's registration with a use case; closing it stops the events and cannot fail. */
public interface Subscription extends AutoCloseable {

    @Override
    void close();

    /**
     * Wraps an engine's handle. Only a listener list is left behind it, so a failure to close is logged rather than
     * thrown: throwing would hide the outcome of the work that was listened to.
     */
    static Subscription of(AutoCloseable handle) {
        return () -> {
            try {
                handle.close();
            } catch (Exception e) {
                LoggerFactory.getLogger(Subscription.class).warn("Could not remove a listener", e);
            }
        };
    }
}
