package com.scoutdesk.integration.spotify;

import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderException;
import java.io.IOException;
import java.util.concurrent.CancellationException;

/**
 * Runs a spotify-web-api-java call. Through {@link ProviderHttpManager} it fails only with our exceptions, but its
 * signatures still declare checked ones, and its Gson parsing throws plain runtime exceptions on JSON it cannot read:
 * those mean the shape changed.
 */
final class LibraryCall {

    /** A library call, as its methods are declared. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws Exception;
    }

    private LibraryCall() {
    }

    static <T> T run(Call<T> call, String what) {
        try {
            return call.run();
        } catch (ProviderException | CancellationException e) {
            throw e;
        } catch (IOException e) {
            throw new OfflineException(Provider.SPOTIFY_API, e);
        } catch (Exception e) {
            throw new ChangedShapeException(Provider.SPOTIFY_API, "unreadable " + what, e);
        }
    }
}
