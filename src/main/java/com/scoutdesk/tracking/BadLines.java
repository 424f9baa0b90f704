package com.scoutdesk.tracking;

import java.util.ArrayList;
import java.util.List;

/**
 * The bad lines of a manual import, by line number. It keeps the first {@link #KEPT} and counts the rest, so a file
 * of a million bad lines costs no more memory than one of a thousand.
 */
final class BadLines {

    /** Lines kept with their problem; the window lists them, the command line prints the first few. */
    static final int KEPT = 1_000;

    private final List<BadLine> kept = new ArrayList<>();
    private long count;

    void add(long line, String problem) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new BadLine(line, problem));
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The first {@link #KEPT} bad lines, in file order. */
    List<BadLine> kept() {
        return List.copyOf(kept);
    }

    /** How many lines are bad in all, kept or not. */
    long count() {
        return count;
    }
}
