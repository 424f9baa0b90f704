package com.scoutdesk.cli;

import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.tracking.FetchListener;
import com.scoutdesk.tracking.FetchResult;
import java.io.PrintWriter;

/**
 * A line on stderr as each playlist of {@code playlists fetch --all} or {@code refresh} finishes ("3 of 12: Fresh
 * Finds: 45 tracks, 2 new"), the same on a terminal and in a log: a fetch takes seconds, so a line each is no spam.
 * The table of results still goes to stdout at the end.
 */
final class FetchProgress implements FetchListener {

    private final PrintWriter err;

    FetchProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void fetched(int number, int of, FetchResult r) {
        err.println(number + " of " + of + ": " + TerminalText.escape(r.playlistName()) + ": " + what(r));
        err.flush();
    }

    private static String what(FetchResult r) {
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
