package com.scoutdesk.credentials;

import com.scoutdesk.concurrent.NamedThreads;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a keyring call on its own daemon thread and gives up after a time limit: D-Bus and the native keychains can
 * block without end (no session bus answering, an unlock prompt on a screen nobody looks at). The abandoned thread is
 * a daemon, so it never keeps the program alive.
 */
final class Bounded {

    private Bounded() {
    }

    static <T> T call(String what, Duration timeout, Callable<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        NamedThreads.daemon("credentials-keyring", () -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) { // handed to the caller, who reports it
                result.completeExceptionally(e);
            }
        }).start();
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CredentialStoreException("The OS keyring did not answer within " + timeout.toSeconds()
                    + " s when asked to " + what + ". Unlock it, or set SCOUTDESK_CREDENTIALS_FILE to keep the "
                    + "credentials in a file instead.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialStoreException("Interrupted while asking the OS keyring to " + what + ".", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CredentialStoreException c) {
                throw c;
            }
            throw new CredentialStoreException("The OS keyring failed to " + what + " (" + cause + ").", cause);
        }
    }
}
