package com.scoutdesk.cli;

import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.service.FetchReport;
import com.scoutdesk.service.PlaylistFetchListener;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A line on stderr as each playlist of {@code playlists fetch --all} or {@code refresh} finishes ("3 of 12: Fresh
 * Finds: 45 tracks, 2 new"), the same on a terminal and in a log: a fetch takes seconds, so a line each is no spam.
 * Rate-limit waits get a line too. The table of results still goes to stdout at the end.
 */
final class FetchProgress implements PlaylistFetchListener {

    private final PrintWriter err;
    private final DateTimeFormatter time;

    FetchProgress(PrintWriter err, Clock clock) {
        this.err = err;
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(clock.getZone());
    }

    /** Fetches every playlist (or those with auto-fetch on), with a line on {@code err} as each finishes. */
    static List<FetchReport> fetchAll(OpenedWorkspace workspace, boolean onlyAutoFetch, PrintWriter err,
                                      Clock clock) {
        return workspace.playlists().fetchAll(onlyAutoFetch, new FetchProgress(err, clock));
    }

    /** A fetch waits out a 429's Retry-After: said once a wait, as the wait can be half a minute of silence. */
    @Override
    public synchronized void rateLimited(String provider, Instant until) {
        err.println(provider + " rate-limited until " + time.format(until));
        err.flush();
    }

    @Override
    public synchronized void fetched(int number, int of, FetchReport r) {
        err.println(number + " of " + of + ": " + TerminalText.escape(r.playlistName()) + ": " + what(r));
        err.flush();
    }

    private static String what(FetchReport r) {
        if (r.outcome() == FetchOutcome.FAILED) {
            return "failed: " + TerminalText.escape(r.message());
        }
        StringBuilder text = new StringBuilder().append(r.itemsRead()).append(" tracks");
        if (r.outcome() == FetchOutcome.PARTIAL) {
            text.append(r.expected() == null ? " (partial)" : " of " + r.expected() + " (partial)");
        }
        if (r.added() != null) {
            text.append(", ").append(r.added()).append(" new");
        }
        if (r.dropped() != null && r.dropped() > 0) {
            text.append(", ").append(r.dropped()).append(" dropped");
        }
        return text.toString();
    }
}
