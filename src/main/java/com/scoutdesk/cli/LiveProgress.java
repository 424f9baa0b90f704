package com.scoutdesk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Progress on a terminal: one line redrawn in place with a carriage return, at most {@link #REDRAW_EVERY} apart (a
 * lane commits hundreds of outcomes a second, and a terminal redrawing each would flicker and slow the command);
 * a finished tier's line stays and the live line goes on below it. Lines are cut to {@link #WIDTH} columns, since a
 * line that wraps cannot be redrawn by a carriage return.
 */
final class LiveProgress implements ProgressView {

    static final Duration REDRAW_EVERY = Duration.ofMillis(250);
    static final int WIDTH = 119;

    private final PrintWriter err;
    private final Clock clock;
    private Instant lastDraw;
    private int drawnWidth;
    private String pending;

    LiveProgress(PrintWriter err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public void progress(List<TierProgress> active, List<String> notes, boolean urgent) {
        List<String> parts = new ArrayList<>();
        active.forEach(t -> parts.add(t.shortLine()));
        parts.addAll(notes);
        String line = String.join(" | ", parts);
        if (line.isEmpty() && drawnWidth == 0) {
            return; // nothing due and nothing to wipe
        }
        Instant now = clock.instant();
        if (!urgent && lastDraw != null && now.isBefore(lastDraw.plus(REDRAW_EVERY))) {
            pending = line;
            return;
        }
        draw(line);
        lastDraw = now;
    }

    @Override
    public void finished(String line) {
        draw(line);
        err.println();
        err.flush();
        drawnWidth = 0;
        pending = null;
    }

    @Override
    public void close() {
        if (pending != null) {
            pending = null; // what was last held back is stale now; the summary follows
        }
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    /** Overwrites the live line, blanking what the previous, longer one left. */
    private void draw(String text) {
        String line = text.length() > WIDTH ? text.substring(0, WIDTH - 3) + "..." : text;
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
        pending = null;
    }
}
