package com.scoutdesk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Progress where stderr is no terminal (a pipe, a file, cron): whole lines, no carriage returns or escape codes, and
 * few of them. A tier gets a line once {@link #EVERY} has passed and {@link #SHARE} of its runs are done since its
 * last one, whichever comes later, so a log holds at most ten lines a tier however long it runs; each note (a
 * rate-limit wait, being offline) is printed once, and so is each finished tier.
 */
final class PlainProgress implements ProgressView {

    static final Duration EVERY = Duration.ofSeconds(10);
    static final double SHARE = 0.10;

    /** When a tier's last line was printed, and the count it said. */
    private record Printed(Instant at, int processed) {
    }

    private final PrintWriter err;
    private final Clock clock;
    private final Instant started;
    private final Map<Integer, Printed> printed = new HashMap<>();
    private final Set<String> notesShown = new LinkedHashSet<>();

    PlainProgress(PrintWriter err, Clock clock) {
        this.err = err;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public void progress(List<TierProgress> active, List<String> notes, boolean urgent) {
        // A note that went away (the wait is over) may be printed again when it comes back.
        notesShown.retainAll(notes);
        for (String note : notes) {
            if (notesShown.add(note)) {
                err.println(note);
            }
        }
        Instant now = clock.instant();
        for (TierProgress tier : active) {
            Printed last = printed.getOrDefault(tier.number(), new Printed(started, 0));
            int step = Math.max(1, (int) Math.ceil(tier.total() * SHARE));
            if (!now.isBefore(last.at().plus(EVERY)) && tier.processed() - last.processed() >= step) {
                err.println(tier.line());
                printed.put(tier.number(), new Printed(now, tier.processed()));
            }
        }
        err.flush();
    }

    @Override
    public void finished(String line) {
        err.println(line);
        err.flush();
    }

    @Override
    public void close() {
        err.flush();
    }
}
