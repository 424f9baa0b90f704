package com.scoutdesk.cli;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.service.FetchReport;
import java.io.PrintWriter;
import java.util.List;

/** Prints what fetches did, one line each, and the exit code they add up to. */
final class FetchResultPrinter {

    private FetchResultPrinter() {
    }

    /** @return 0 when every fetch read something, 1 when any failed */
    static int print(List<FetchReport> results, PrintWriter out) {
        for (FetchReport r : results) {
            out.printf("%-8s #%d %s [%s]: %s%n", r.outcome().name().toLowerCase(java.util.Locale.ROOT),
                    r.playlistId(), TerminalText.escape(r.playlistName()), r.week(),
                    TerminalText.escape(r.message()) + hint(r));
        }
        return results.stream().anyMatch(r -> r.outcome() == FetchOutcome.FAILED) ? 1 : 0;
    }

    /** The command or option that helps after what happened; the use case's message names neither. */
    static String hint(FetchReport r) {
        if (r.outcome() == FetchOutcome.PARTIAL && r.source() == FetchMethod.MANUAL) {
            return " Import with --complete when the file is the whole playlist.";
        }
        if (r.outcome() == FetchOutcome.FAILED && r.source() == null && r.message() != null
                && r.message().endsWith("by hand.")) {
            return " Import them with `scoutdesk playlists import`.";
        }
        return "";
    }
}
