package com.scoutdesk.integration.webplayer;

import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.RetryAfter;
import com.scoutdesk.integration.common.ServerErrorException;
import com.scoutdesk.integration.common.UnavailableException;
import java.time.Duration;
import java.time.Instant;

/** What the HTTP status of the playlist or track page itself means for the fetch. */
final class DocumentStatus {

    private static final Provider PROVIDER = Provider.SPOTIFY_WEB_PLAYER;
    /** Used when a 429 comes without a readable Retry-After. */
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofMinutes(1);
    /** Spotify has sent Retry-After values of a whole day; the scheduler should try again sooner than that. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private DocumentStatus() {
    }

    /**
     * The failure a status stands for, or null when the page may be read.
     *
     * @param kind       what the page shows, "playlist" or "track", for messages
     * @param retryAfter the Retry-After header of the answer, or null
     */
    static ProviderException failure(String kind, String id, int status, String retryAfter) {
        if (status == 404 || status == 410) {
            return notFound(kind, id, status);
        }
        if (status == 401 || status == 403) {
            return new UnavailableException(PROVIDER, UnavailableException.Reason.NOT_ALLOWED, status,
                    "The Spotify web player refused to show " + kind + " " + id + " (HTTP " + status + ").");
        }
        if (status == 429) {
            Instant now = Instant.now();
            return new RateLimitedException(PROVIDER, now.plus(retryAfter(retryAfter, now)), false);
        }
        if (status >= 500) {
            return new ServerErrorException(PROVIDER, status, null);
        }
        if (status >= 400) {
            return new ClientErrorException(PROVIDER, status, "the " + kind + " page " + id + " was refused");
        }
        return null;
    }

    static UnavailableException notFound(String kind, String id, int status) {
        return new UnavailableException(PROVIDER, UnavailableException.Reason.NOT_FOUND, status,
                "The " + kind + " " + id + " does not exist on Spotify (the web player could not find it).");
    }

    /** The wait the header asks for (seconds or a date), at most {@link #MAX_RETRY_AFTER}. */
    static Duration retryAfter(String header, Instant now) {
        Duration wait = RetryAfter.parse(header, now).orElse(DEFAULT_RETRY_AFTER);
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }
}
