package com.scoutdesk.service;

import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderListener;
import java.time.Instant;
import java.util.function.Function;

/**
 * The providers' waits (rate limits, unreachability) as the use cases pass them on: the composition root knows which
 * clients can wait and how to subscribe to them; the use cases subscribe their caller's listener for one run.
 */
public final class ProviderWaits {

    /** No provider that can wait is configured. */
    public static final ProviderWaits NONE = new ProviderWaits(listener -> () -> { });

    private final Function<ProviderListener, AutoCloseable> subscribe;

    /** @param subscribe subscribes a listener to every configured provider; closing the handle unsubscribes it */
    public ProviderWaits(Function<ProviderListener, AutoCloseable> subscribe) {
        this.subscribe = subscribe;
    }

    /** Tells {@code listener} of the providers' waits until the subscription is closed. */
    public Subscription subscribe(ProviderWaitListener listener) {
        AutoCloseable handle = subscribe.apply(new ProviderListener() {
            @Override
            public void rateLimited(Provider provider, Instant until) {
                listener.rateLimited(provider.displayName(), until);
            }

            @Override
            public void unreachable(Provider provider) {
                listener.unreachable(provider.displayName());
            }
        });
        return Subscription.of(handle);
    }
}
