package com.scoutdesk.ui.progress;

import java.util.Locale;

/**
 * Tells an offline source from a rate limit by a deferred run's reason. The queue keeps only the sentence the
 * provider's exception gave ("MusicBrainz offline (cannot be reached)", "Spotify rate-limited until 17:42; will retry
 * then.", "YouTube quota used up until 09:00 ..."), so these are the words those sentences use.
 */
final class Waits {

    private Waits() {
    }

    static boolean offline(String reason) {
        String text = lower(reason);
        return text.contains("offline") || text.contains("cannot be reached");
    }

    static boolean rateLimited(String reason) {
        String text = lower(reason);
        return text.contains("rate-limit") || text.contains("rate limit") || text.contains("quota");
    }

    private static String lower(String reason) {
        return reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    }
}
