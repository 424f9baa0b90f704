package com.scoutdesk.cli;

import java.time.Clock;
import java.util.Objects;

/**
 * How long commands show their progress on stderr: redrawn in place on a terminal, or as plain periodic lines when
 * stderr goes to a pipe, a file or cron's mail. The clock paces redraws and periodic lines and tells the time of
 * "rate-limited until"; tests give a fake one.
 *
 * @param terminal true for a live line redrawn with carriage returns, false for plain lines
 */
public record ProgressSettings(boolean terminal, Clock clock) {

    public ProgressSettings {
        Objects.requireNonNull(clock, "clock");
    }

    /** A terminal when the JVM has a console (both stdin and stdout are one), else plain lines; local time. */
    public static ProgressSettings detect() {
        return new ProgressSettings(System.console() != null, Clock.systemDefaultZone());
    }

    /** Plain lines paced by {@code clock}: what a pipe or cron gets. */
    public static ProgressSettings plain(Clock clock) {
        return new ProgressSettings(false, clock);
    }
}
