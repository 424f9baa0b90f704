package com.scoutdesk.cli;

import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.service.TrackRow;
import java.io.PrintWriter;
import java.util.List;

/** Prints tracks as a fixed-width table for a terminal; third-party text goes through {@link TerminalText}. */
final class TrackTable {

    private static final String FORMAT = "%5s  %-32s  %-24s  %-12s  %-22s  %12s  %-13s%n";

    private TrackTable() {
    }

    static void print(List<TrackRow> rows, PrintWriter out) {
        out.printf(FORMAT, "SCORE", "TRACK", "ARTISTS", "ISRC", "LABEL", "STREAMS", "PUBLISHER");
        for (TrackRow r : rows) {
            out.printf(FORMAT, r.unsignedScore() == null ? "-" : String.format("%.1f", r.unsignedScore()),
                    fit(r.name(), 32), fit(r.artistNames(), 24), r.isrc() == null ? "-" : fit(r.isrc(), 12),
                    fit(r.label(), 22), r.spotifyStreams() == null ? "-" : String.format("%,d", r.spotifyStreams()),
                    publisher(r.publisherStatus()));
        }
    }

    static String publisher(PublisherStatus status) {
        return switch (status) {
            case UNKNOWN -> "unknown";
            case HAS_PUBLISHER -> "published";
            case NO_PUBLISHER -> "none found";
            case UNPUBLISHED -> "unpublished";
            case SELF_PUBLISHED -> "self-published";
            case INDIE -> "indie";
            case MAJOR -> "major";
            case SPLIT -> "split";
        };
    }

    /** The text escaped for the terminal and cut to {@code width} characters, "-" for none. */
    static String fit(String raw, int width) {
        if (raw == null) {
            return "-";
        }
        String text = TerminalText.escape(raw);
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
